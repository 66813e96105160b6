// reportlens-cli commands between a personal library and a team library: push one in, pull a copy out.

#include "clisupport.h"

#include "store/library.h"
#include "store/librarycopy.h"

#include <QAtomicInt>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ReportLens::Cli {

namespace {

// Ctrl-C during a copy: the report being written is finished (or rolled back) and the copy stops
// there, with its summary; a second Ctrl-C ends the program at once (each report is one
// transaction, so the libraries hold whole reports either way).
QAtomicInt interrupted;

void onInterrupt(int)
{
    if (interrupted.fetchAndStoreRelaxed(1) != 0)
        std::_Exit(130);
}

bool openOrSay(Library &library, const QString &location)
{
    QString error;
    if (library.open(location, &error))
        return true;
    err() << "reportlens-cli: " << error << "\n";
    return false;
}

// Copies @p source into @p target and prints the summary; @p verb is "pushed" or "pulled".
int copy(Library &source, Library &target, const LibraryCopy::Options &options, const QString &verb)
{
    const bool tty = isatty(fileno(stderr));
    interrupted.storeRelaxed(0);
    const auto previous = std::signal(SIGINT, onInterrupt);
    LibraryCopy::Result result = LibraryCopy(source, target, options).run([&](int done, int total, const QString &) {
        // On a terminal one line that counts up; in a log nothing but the summary.
        if (tty) {
            err() << "\r" << done << "/" << total << " reports" << (done == total ? "\n" : "");
            err().flush();
        }
        return interrupted.loadRelaxed() == 0;
    });
    std::signal(SIGINT, previous);
    if (tty && result.cancelled)
        err() << "\n";
    for (const QString &failure : std::as_const(result.failures))
        err() << "failed\t" << failure << "\n";
    if (!result.error.isEmpty()) {
        err() << "reportlens-cli: " << result.error << "\n";
        return LibraryError;
    }
    out() << verb << ' ' << result.reportsCopied << (result.reportsCopied == 1 ? " report" : " reports") << " ("
          << result.reportsAlreadyThere << " already there), " << result.annotationsCopied
          << (result.annotationsCopied == 1 ? " annotation" : " annotations") << " (" << result.annotationsAlreadyThere
          << " already there)";
    if (result.fieldsApplied + result.figuresApplied > 0)
        out() << "; " << result.fieldsApplied << " metadata fields and " << result.figuresApplied
              << " figure decisions applied to reports already there";
    if (result.figuresUnmatched > 0)
        out() << "; " << result.figuresUnmatched << " figure decisions found no figure to apply to";
    if (result.annotationsNeedingReview > 0)
        out() << "; " << result.annotationsNeedingReview << " annotations need review";
    if (!result.failures.isEmpty())
        out() << "; " << result.failures.size() << " reports failed";
    out() << "\n";
    out().flush();
    if (result.cancelled) {
        err() << "reportlens-cli: interrupted; run it again to copy the rest\n";
        return InputFailed;
    }
    return result.failures.isEmpty() ? Success : InputFailed;
}

int pushCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The team library: postgresql://USER@HOST/DATABASE (or a file)."),
                                QStringLiteral("URL"));
    const QCommandLineOption annotations(QStringLiteral("annotations"),
                                         QStringLiteral("Visibility of the pushed annotations: private (default) or "
                                                        "team."),
                                         QStringLiteral("VISIBILITY"), QStringLiteral("private"));
    parser.addOptions({to, annotations});
    if (int code = parseCommand(parser, context, {},
                                QStringLiteral("Copy the library given by --db (reports, edits, corrected figures, "
                                               "annotations) into a team library. Running it again adds only what "
                                               "is new."));
        code >= 0)
        return code;
    const QString visibility = parser.value(annotations);
    if (!parser.isSet(to) || parser.value(to).isEmpty() || !parser.positionalArguments().isEmpty()
        || (visibility != QLatin1String("private") && visibility != QLatin1String("team"))) {
        err() << "reportlens-cli push: expected --to URL and --annotations private or team\n";
        return UsageError;
    }
    Library source;
    if (!openLibrary(source, context))
        return LibraryError;
    Library target;
    if (!openOrSay(target, parser.value(to)))
        return LibraryError;
    LibraryCopy::Options options;
    options.visibility =
        visibility == QLatin1String("team") ? Annotation::Visibility::Team : Annotation::Visibility::Private;
    return copy(source, target, options, QStringLiteral("pushed"));
}

int pullCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("The team library: postgresql://USER@HOST/DATABASE (or a file)."),
                                  QStringLiteral("URL"));
    parser.addOption(from);
    if (int code = parseCommand(parser, context, {},
                                QStringLiteral("Copy what you can see of a team library (its reports, your "
                                               "annotations and the team's) into the library given by --db, for "
                                               "reading offline. Running it again adds only what is new."));
        code >= 0)
        return code;
    // The copy is named, never the default library: a team's reports do not land in the personal
    // library by a forgotten option.
    if (!parser.isSet(from) || parser.value(from).isEmpty() || context.dbPath.isEmpty()
        || !parser.positionalArguments().isEmpty()) {
        err() << "reportlens-cli pull: expected --from URL and --db COPY.sqlite\n";
        return UsageError;
    }
    Library source;
    if (!openOrSay(source, parser.value(from)))
        return LibraryError;
    Library target;
    if (!openLibrary(target, context))
        return LibraryError;
    return copy(source, target, {}, QStringLiteral("pulled"));
}

} // namespace

QList<Command> teamCommands()
{
    return {
        {QStringLiteral("push"), QStringLiteral("copy this library into a team library"), pushCommand},
        {QStringLiteral("pull"), QStringLiteral("copy a team library into a library file"), pullCommand},
    };
}

} // namespace ReportLens::Cli
