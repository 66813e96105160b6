// Makes a synthetic library of N reports from ../shared (seeds and national corpus) for the
// benchmarks: each report is a source report with its own headline (region, year, serial number)
// and its figures changed (years kept), so every file is distinct content. As users bring them, most are UTF-8
// text, one in five GB18030 text and one in five a saved web page with site chrome around it.
// Deterministic for a given seed. Never committed.
//
// Usage: bench_generate SHARED_DIR N OUTPUT_DIR [SEED]

#include <QCoreApplication>
#include <QStringConverter>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        QTextStream(stderr) << "usage: bench_generate SHARED_DIR N OUTPUT_DIR [SEED]\n";
        return 2;
    }
    const QString shared = QString::fromLocal8Bit(argv[1]);
    const int count = QByteArray(argv[2]).toInt();
    const QString output = QString::fromLocal8Bit(argv[3]);
    QRandomGenerator random(argc > 4 ? QByteArray(argv[4]).toUInt() : 20261122u);
    QStringList sources;
    for (const QString &folder : {shared + QStringLiteral("/seeds"), shared + QStringLiteral("/corpus/national")}) {
        QDirIterator it(folder, {QStringLiteral("*.txt")}, QDir::Files);
        while (it.hasNext())
            sources.append(it.next());
    }
    sources.sort();
    QList<QString> texts;
    for (const QString &path : sources) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(file.readAll()));
    }
    static const QStringList cities = {QStringLiteral("呼和浩特市"), QStringLiteral("包头市"),
                                       QStringLiteral("乌兰察布市"), QStringLiteral("鄂尔多斯市"),
                                       QStringLiteral("赤峰市"),     QStringLiteral("通辽市")};
    static const QStringList districts = {
        QStringLiteral("新城区"), QStringLiteral("玉泉区"),   QStringLiteral("兴和县"), QStringLiteral("东河区"),
        QStringLiteral("青山区"), QStringLiteral("托克托县"), QStringLiteral("武川县"), QStringLiteral("凉城县")};
    QDir().mkpath(output);
    for (int i = 0; i < count; ++i) {
        QString text = texts[i % texts.size()];
        // Change digits so figures and content differ, keeping the text's shape. Years (four
        // digits before 年) stay: a report of the year 2086 or 976 is not one users bring.
        static const QRegularExpression yearInText(QStringLiteral("[0-9](?: ?[0-9]){3} ?年")); // "1 9 9 7 年" too
        QList<bool> isYear(text.size(), false);
        for (auto it = yearInText.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            std::fill(isYear.begin() + m.capturedStart(), isYear.begin() + m.capturedEnd(), true);
        }
        for (qsizetype at = 0; at < text.size(); ++at)
            if (text[at] >= u'0' && text[at] <= u'9' && !isYear[at] && random.bounded(4) == 0)
                text[at] = QChar(char16_t(u'0' + random.bounded(10)));
        const QString region =
            cities[random.bounded(int(cities.size()))] + districts[random.bounded(int(districts.size()))];
        const int year = 1995 + int(random.bounded(30));
        text.prepend(QStringLiteral("%1年%2人民政府工作报告\n（第%3号）\n\n").arg(year).arg(region).arg(i + 1));
        QByteArray bytes;
        QString suffix = QStringLiteral("txt");
        if (i % 5 == 1) {
            bytes = QStringEncoder("GB18030").encode(text);
        } else if (i % 5 == 2) {
            suffix = QStringLiteral("html");
            QString body = text.toHtmlEscaped();
            body.replace(QStringLiteral("\n\n"), QStringLiteral("</p>\n<p>"));
            bytes =
                QStringLiteral(
                    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1年%2政府工作报告</title>"
                    "<style>p{margin:1em}</style></head><body><header><nav>首页 | 政务公开 | 本地事</nav></header>"
                    "<div class=\"article\"><p>%3</p></div><footer>版权所有 相关文件 网站地图</footer></body></html>")
                    .arg(year)
                    .arg(region, body)
                    .toUtf8();
        } else {
            bytes = text.toUtf8();
        }
        QFile file(QStringLiteral("%1/report-%2.%3").arg(output).arg(i, 5, 10, QLatin1Char('0')).arg(suffix));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(bytes);
    }
    QTextStream(stdout) << count << " reports in " << output << "\n";
    return 0;
}
