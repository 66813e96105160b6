#include "writtenform.h"

#include <algorithm>
#include <utility>

namespace ReportLens {

WrittenForm::WrittenForm(QString written, QString folded)
    : m_written(std::move(written))
    , m_folded(std::move(folded))
{
    Q_ASSERT(m_written.size() == m_folded.size());
}

QString WrittenForm::cleanAsWritten(const CleanText &clean, const QString &folded, const QString &written)
{
    QString out = clean.text;
    const auto &anchors = clean.anchors;
    auto *chars = reinterpret_cast<char16_t *>(out.data());
    qsizetype a = -1;
    for (qsizetype i = 0; i < out.size(); ++i) {
        while (a + 1 < anchors.size() && anchors[a + 1].first <= i)
            ++a;
        if (a < 0)
            continue;
        const qsizetype origin = anchors[a].second + (i - anchors[a].first);
        if (origin >= 0 && origin < folded.size() && folded[origin].unicode() == chars[i])
            chars[i] = written[origin].unicode();
    }
    return out;
}

QString WrittenForm::asWritten(const QString &derived, qsizetype from, qsizetype to) const
{
    if (derived.isEmpty() || isIdentity())
        return derived;
    if (to < 0 || to > m_folded.size())
        to = m_folded.size();
    qsizetype at = m_folded.indexOf(derived, std::max<qsizetype>(0, from));
    if (at < 0 || at + derived.size() > to)
        at = m_folded.indexOf(derived);
    // Not a piece of the text (a default such as 政府工作报告, or words pieced together): it is
    // the program's, not the text's, and stays as derived.
    return at >= 0 ? m_written.mid(at, derived.size()) : derived;
}

void WrittenForm::restore(QList<Section> &sections) const
{
    for (Section &s : sections) {
        s.label = asWritten(s.label, s.start, s.titleEnd);
        s.title = asWritten(s.title, s.start, std::max(s.titleEnd, s.end));
        restore(s.children);
    }
}

void WrittenForm::restore(Report &report) const
{
    restore(report.sections);
    for (GlossaryEntry &e : report.glossary) {
        e.term = asWritten(e.term, e.start, e.end);
        e.definition = asWritten(e.definition, e.start, e.end);
    }
    for (Indicator &i : report.indicators) {
        i.quote = asWritten(i.quote, i.sentenceStart, i.sentenceEnd);
        i.unit = asWritten(i.unit, i.numberStart, i.sentenceEnd);
        i.qualifier = asWritten(i.qualifier, i.sentenceStart, i.sentenceEnd);
    }
}

void restoreMetadata(ReportMetadata &meta, const WrittenForm &clean, const WrittenForm &original,
                     const WrittenForm &fileName)
{
    if (clean.isIdentity() && original.isIdentity() && fileName.isIdentity())
        return; // nothing was folded
    for (Field<QString> *field : {&meta.title, &meta.session, &meta.speaker, &meta.speakerRole}) {
        if (field->source != FieldSource::Detected || field->value.isEmpty())
            continue;
        if (fileName.folded() == field->value) // a title taken from the file name
            field->value = fileName.written();
        else if (!clean.contains(field->value) && original.contains(field->value)) // from the chrome
            field->value = original.asWritten(field->value);
        else // from the text; a default (政府工作报告 when no title line) stays as it is
            field->value = clean.asWritten(field->value);
    }
}

} // namespace ReportLens
