#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace ReportLens {

/// File ▸ Open Team Library…: where a team's shared library is (a PostgreSQL server) and who
/// connects to it. Connect checks the address, the member's password and the library before the
/// dialog closes; a failure is said in the dialog, which stays open.
class TeamLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamLibraryDialog(QWidget *parent = nullptr);
    /// The library's address without the password (postgresql://member@host:port/database).
    QString location() const;
    QString password() const;

private:
    void tryConnect();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_status;
};

} // namespace ReportLens
