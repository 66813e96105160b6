#include "teamlibrarydialog.h"

#include "settings.h"
#include "store/library.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ReportLens {

TeamLibraryDialog::TeamLibraryDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(Settings::teamHost.value()))
    , m_port(new QSpinBox)
    , m_database(new QLineEdit(Settings::teamDatabase.value()))
    , m_user(new QLineEdit(Settings::teamUser.value()))
    , m_password(new QLineEdit)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Open Team Library"));
    m_host->setPlaceholderText(tr("server name, or the folder of its Unix socket"));
    m_port->setRange(1, 65535);
    m_port->setValue(Settings::teamPort.value());
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Library (database):"), m_database);
    form->addRow(tr("&Member:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team library is kept on a PostgreSQL server that your team's administrator set "
                                "up (docs/TEAM.md). It opens in a window of its own."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(connectButton, &QPushButton::clicked, this, &TeamLibraryDialog::tryConnect);
    resize(520, sizeHint().height());
}

QString TeamLibraryDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    const QString host = m_host->text().trimmed();
    if (host.startsWith(u'/')) {
        // A Unix socket's folder goes in the query, as libpq's own URLs have it.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
        url.setHost(QString());
    } else {
        url.setHost(host);
    }
    if (m_port->value() != 5432)
        url.setPort(m_port->value());
    return url.toString();
}

QString TeamLibraryDialog::password() const
{
    return m_password->text();
}

void TeamLibraryDialog::tryConnect()
{
    if (m_database->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()) {
        m_status->setText(tr("Say which library and which member."));
        return;
    }
    QUrl withPassword(location());
    withPassword.setPassword(m_password->text());
    m_status->setText(tr("Connecting…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Library library;
    QString error;
    const bool opened = library.open(withPassword.toString(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        m_status->setText(tr("Could not open the team library: %1").arg(error));
        return;
    }
    Settings::teamHost.setValue(m_host->text().trimmed());
    Settings::teamPort.setValue(m_port->value());
    Settings::teamDatabase.setValue(m_database->text().trimmed());
    Settings::teamUser.setValue(m_user->text().trimmed());
    accept();
}

} // namespace ReportLens
