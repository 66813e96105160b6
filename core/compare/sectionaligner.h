#pragma once

#include "model/report.h"
#include "rules/alignmentrules.h"

#include <QList>
#include <QRegularExpression>

namespace ReportLens {

/// Aligns the sections of two reports, level by level and in order: top-level parts first (by
/// heading similarity and the kind of part: review, plan, outlook, government), then the children of
/// each aligned pair. Kinds come from resources/alignment.json.
class SectionAligner
{
public:
    explicit SectionAligner(const AlignmentRules &rules = AlignmentRules::shipped());

    /// Pairs of depth-first indexes (SectionTree::flatten order) of aligned sections.
    QList<std::pair<qsizetype, qsizetype>> align(const QList<Section> &left, const QList<Section> &right) const;

    /// How alike two headings are, 0–1.
    double score(const Section &left, const Section &right) const;

private:
    QString kindOf(const QString &title) const;
    void alignLevel(const QList<Section> &left, qsizetype leftBase, const QList<Section> &right, qsizetype rightBase,
                    QList<std::pair<qsizetype, qsizetype>> &pairs) const;

    AlignmentRules m_rules;
};

} // namespace ReportLens
