/** Problems, errors first; one with a source cell is a link that selects that cell in Excel. */
import * as React from 'react';
import { Link, Stack, Text } from 'office-ui-fabric-react';
import type { CellRef, Problem, Severity } from '../../engine/result';
import { cellAddress } from '../../engine/result';
import { message, type Lang } from '../../messages';
import type { Translate } from '../lang';

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly lang: Lang;
  readonly t: Translate;
  readonly onSelect: (cell: CellRef) => void;
}

const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const severityColour: Readonly<Record<Severity, string>> = { error: '#a4262c', warning: '#8a6d00', info: '#605e5c' };

/** Errors before warnings before notes; otherwise the order the reader found them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => severityOrder[a.p.severity] - severityOrder[b.p.severity] || a.i - b.i)
    .map(({ p }) => p);
}

export function ProblemList({ problems, lang, t, onSelect }: ProblemListProps): React.ReactElement {
  if (problems.length === 0) return <Text variant="small">{t('noProblems')}</Text>;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text variant="mediumPlus">{t('problemsHeading', { count: problems.length })}</Text>
      <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
        {sortProblems(problems).map((p, i) => (
          <li key={i} data-severity={p.severity} style={{ marginBottom: 4, fontSize: 12, lineHeight: '16px' }}>
            <span style={{ color: severityColour[p.severity], fontWeight: 600, marginRight: 4 }}>
              {t(`severity.${p.severity}`)}
            </span>
            {p.cell && <ProblemCellLink cell={p.cell} onSelect={onSelect} />}
            <span>{message(p.code, p.params, lang)}</span>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function ProblemCellLink({ cell, onSelect }: { readonly cell: CellRef; readonly onSelect: (cell: CellRef) => void }): React.ReactElement {
  return (
    <Link onClick={() => onSelect(cell)} styles={{ root: { marginRight: 4, fontSize: 12 } }}>
      {cellAddress(cell)}
    </Link>
  );
}
