/** The close's named steps (读取表格 → 识别 → 计算 → 写入): done, running, or still to come. */
import * as React from 'react';
import { ProgressIndicator, Stack, Text } from 'office-ui-fabric-react';
import { closeSteps, type CloseStep } from '../api';
import type { Translate } from '../lang';

export function Progress({ done, t }: { readonly done: readonly CloseStep[]; readonly t: Translate }): React.ReactElement {
  const current = closeSteps.find((s) => !done.includes(s));
  return (
    <Stack tokens={{ childrenGap: 4 }} aria-live="polite">
      <ProgressIndicator percentComplete={done.length / closeSteps.length} />
      <Stack horizontal wrap tokens={{ childrenGap: 10 }}>
        {closeSteps.map((step) => {
          const state = done.includes(step) ? 'done' : step === current ? 'running' : 'pending';
          const mark = state === 'done' ? '✓' : state === 'running' ? '…' : '○';
          return (
            <Text key={step} data-step={step} data-state={state} variant="small"
              styles={{ root: { color: state === 'pending' ? '#a19f9d' : '#323130', fontWeight: state === 'running' ? 600 : 400 } }}>
              {mark} {t(`step.${step}`)}
            </Text>
          );
        })}
      </Stack>
    </Stack>
  );
}
