/** The month's figures after a close: people, verdicts, pay actions, fines and the fund. */
import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text } from 'office-ui-fabric-react';
import type { CloseSummary } from '../api';
import { yuanText } from '../summary';
import type { Translate } from '../lang';

export function SummaryView({ summary, t }: { readonly summary: CloseSummary; readonly t: Translate }): React.ReactElement {
  if (!summary.ok) {
    return <MessageBar messageBarType={MessageBarType.error}>{t('summaryFailed')}</MessageBar>;
  }
  const figures: readonly [string, string, boolean][] = [
    ['people', String(summary.people), false],
    ['warnings', String(summary.warnings), summary.warnings > 0],
    ['penalties', String(summary.penalties), summary.penalties > 0],
    ['payActions', String(summary.payActions), summary.payActions > 0],
    ['fines', t('yuan', { amount: yuanText(summary.finesFen) }), false],
    ['fund', t('yuan', { amount: yuanText(summary.fundFen) }), false],
  ];
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Text variant="large">{t('summaryHeading', { month: summary.month ?? '' })}</Text>
      <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
        <tbody>
          {figures.map(([key, value, alert]) => (
            <tr key={key} data-figure={key}>
              <td style={{ padding: '2px 12px 2px 0', color: '#605e5c' }}>{t(key)}</td>
              <td style={{ padding: '2px 0', fontWeight: 600, textAlign: 'right', color: alert ? '#a4262c' : '#323130' }}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.sheetsWritten.length > 0 && (
        <Text variant="small">{t('sheetsWritten', { sheets: summary.sheetsWritten.join('、') })}</Text>
      )}
    </Stack>
  );
}
