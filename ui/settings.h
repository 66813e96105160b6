#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

namespace ReportLens {

/// A setting declared once with its key and default (see Settings below).
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;

    T value() const
    {
        return QSettings().value(QLatin1String(key), QVariant::fromValue(defaultValue)).template value<T>();
    }
    void setValue(const T &v) const { QSettings().setValue(QLatin1String(key), QVariant::fromValue(v)); }
};

/// Every setting of the application, in one place.
namespace Settings {
inline const Setting<QString> language{"ui/language", QString()}; ///< "" follows the system; "zh_CN", "en"
inline const Setting<int> readerZoom{"reader/zoom", 0}; ///< zoom steps of 10%
inline const Setting<QString> readingFont{"reader/font", QStringLiteral("Noto Serif CJK SC")};
inline const Setting<int> readingPointSize{"reader/pointSize", 13}; ///< before zooming
inline const Setting<QString> colorScheme{"ui/colorScheme", QString()}; ///< "" follows the system; "light", "dark"
inline const Setting<QStringList> recentPaths{"library/recentImports", {}}; ///< files and folders imported lately
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QVariantMap> viewLayouts{"window/viewLayouts", {}}; ///< dock layout per view, by view name
inline const Setting<bool> compareOutlines{"compare/showOutlines", false}; ///< outlines above side-by-side panes
inline const Setting<bool> compareChanges{"compare/showChanges", true}; ///< mark what changed side by side
inline const Setting<QVariantMap> comparePaneWidths{"compare/paneWidths",
                                                    {}}; ///< side-by-side widths, by number of panes
inline const Setting<qint64> lastReport{"reader/lastReport", 0}; ///< reopened at start
inline const Setting<QVariantList> recentReports{"reader/recentReports", {}}; ///< report ids, latest first
inline const Setting<QString> exportFolder{"export/folder", {}}; ///< where the last export went
inline const Setting<bool> welcomeDismissed{"ui/welcomeDismissed", false}; ///< the first-start hint was closed
inline const Setting<QString> searchOrder{"search/order", QStringLiteral("newest")}; ///< "hits", "newest", "oldest"
// The last team library opened (File ▸ Open Team Library…); never its password.
inline const Setting<QString> teamHost{"team/host", QStringLiteral("localhost")};
inline const Setting<int> teamPort{"team/port", 5432};
inline const Setting<QString> teamDatabase{"team/database", QStringLiteral("reportlens")};
inline const Setting<QString> teamUser{"team/user", {}};
inline constexpr int MaxRecentPaths = 8;
inline constexpr int MaxRecentReports = 10;
} // namespace Settings

} // namespace ReportLens
