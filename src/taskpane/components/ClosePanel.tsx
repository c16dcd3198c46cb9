/** Month, preset, the policy sheet, templates and the big 月结 button. */
import * as React from 'react';
import { DefaultButton, Dropdown, PrimaryButton, Stack } from 'office-ui-fabric-react';
import type { MonthKey } from '../../engine/time';
import type { PresetId } from '../../engine/policy/types';
import { presets } from '../api';
import type { Translate } from '../lang';

export interface ClosePanelProps {
  readonly months: readonly MonthKey[];
  readonly month: MonthKey | null;
  readonly preset: PresetId;
  readonly busy: boolean;
  readonly t: Translate;
  readonly onPickMonth: (month: MonthKey) => void;
  readonly onPickPreset: (preset: PresetId) => void;
  readonly onOpenPolicy: () => void;
  readonly onInsertTemplate: () => void;
  readonly onClose: () => void;
}

export function ClosePanel(props: ClosePanelProps): React.ReactElement {
  const { t } = props;
  const monthOptions = [...props.months].reverse().map((m) => ({ key: m, text: m }));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <Dropdown
          label={t('month')}
          styles={{ root: { width: 120 } }}
          placeholder={t('noMonth')}
          selectedKey={props.month}
          options={monthOptions}
          onChange={(_e, option) => option && props.onPickMonth(String(option.key))}
        />
        <Dropdown
          label={t('preset')}
          styles={{ root: { flexGrow: 1 } }}
          selectedKey={props.preset}
          options={presets.map((p) => ({ key: p, text: p }))}
          onChange={(_e, option) => {
            const preset = presets.find((p) => p === option?.key);
            if (preset) props.onPickPreset(preset);
          }}
        />
      </Stack>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <DefaultButton text={t('openPolicy')} onClick={props.onOpenPolicy} disabled={props.busy} />
        <DefaultButton text={t('insertTemplate')} onClick={props.onInsertTemplate} disabled={props.busy} />
      </Stack>
      <PrimaryButton
        data-action="close"
        text={props.busy ? t('closing') : t('close')}
        onClick={props.onClose}
        disabled={props.busy}
        styles={{ root: { height: 44, fontSize: 18 }, label: { fontSize: 18 } }}
      />
    </Stack>
  );
}
