#pragma once

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReportLens {

/// Reads one rule file (resources/*.json) and checks each value as it is taken: the first key that
/// is missing, of the wrong type or an invalid regular expression becomes the error, named by file
/// and path: "outline.json: headings[3].pattern: invalid regular expression: …". After an error the
/// reader goes on returning empty values, so a loader reads straight through and asks ok() at the end.
class RuleReader
{
public:
    /// One value of the file and where it stands ("lead.maxLength", "headings[3]").
    class Node
    {
    public:
        /// The required member @p key of this object.
        Node at(const char *key) const;
        /// Whether this object has member @p key (an optional one).
        bool has(const char *key) const;

        QString string() const;
        int integer() const;
        double number() const;
        bool boolean() const;
        QStringList strings() const;
        QList<int> integers() const;
        /// A pattern compiled with Unicode properties (and @p extraOptions).
        QRegularExpression regex(QRegularExpression::PatternOptions extraOptions = {}) const;
        /// The elements of an array, each with its index in its path.
        QList<Node> elements() const;
        /// The members of an object, with their keys.
        QList<std::pair<QString, Node>> members() const;

        /// Reports a value that has the right type but is out of range (termMaximumCharacters 50).
        void fail(const QString &problem) const;

    private:
        friend class RuleReader;
        Node(RuleReader *reader, QJsonValue value, QString path);
        bool expect(bool isRightType, const char *expected) const;

        RuleReader *m_reader;
        QJsonValue m_value;
        QString m_path;
    };

    /// Opens and parses @p path (":/outline.json" or a file); an unreadable file or one that is
    /// not a JSON object is the first error.
    explicit RuleReader(const QString &path);
    RuleReader(const RuleReader &) = delete;
    RuleReader &operator=(const RuleReader &) = delete;

    /// The file's top-level object.
    Node root();
    bool ok() const { return m_error.isEmpty(); }
    /// The first error, "FILE: PATH: PROBLEM"; empty when everything read was as expected.
    QString error() const { return m_error; }
    /// What a loader returns: @p rules when everything read was as expected, else nullopt with
    /// @p error set to the first error.
    template<class Rules>
    std::optional<Rules> result(Rules rules, QString *error) const
    {
        if (!ok()) {
            *error = m_error;
            return std::nullopt;
        }
        return rules;
    }
    /// The file's bytes as read (for fingerprints of the rules).
    QByteArray bytes() const { return m_bytes; }

private:
    void fail(const QString &path, const QString &problem);

    QString m_fileName;
    QByteArray m_bytes;
    QJsonValue m_root;
    QString m_error;
};

} // namespace ReportLens
