#include "sectiontree.h"

namespace ReportLens::SectionTree {

QList<Section> flatten(const QList<Section> &sections)
{
    QList<Section> flat;
    for (const Section &s : sections) {
        Section copy = s;
        copy.children.clear();
        flat.append(copy);
        flat.append(flatten(s.children));
    }
    return flat;
}

QStringList titlesAt(const QList<Section> &sections, qsizetype position)
{
    QStringList titles;
    const QList<Section> *level = &sections;
    while (level) {
        const QList<Section> *next = nullptr;
        for (const Section &s : *level)
            if (s.start <= position && position < s.end) {
                titles.append((s.label + s.title).trimmed());
                next = &s.children;
                break;
            }
        level = next;
    }
    return titles;
}

} // namespace ReportLens::SectionTree
