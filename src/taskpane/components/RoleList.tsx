/** The role list: which sheet plays each role, how sure the reader is, and the column mapping. */
import * as React from 'react';
import { Dropdown, Link, Stack, Text, type IDropdownOption } from 'office-ui-fabric-react';
import { columnLetters } from '../../engine/result';
import type { Role } from '../api';
import { roleFields, type RoleRow } from '../state';
import type { Translate } from '../lang';

export interface RoleListProps {
  readonly rows: readonly RoleRow[];
  readonly sheets: readonly string[];
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly t: Translate;
  readonly onPickSheet: (role: Role, sheet: string | null) => void;
  readonly onPickColumn: (role: Role, field: string, col: number | null) => void;
}

const noneKey = '';

export function RoleList(props: RoleListProps): React.ReactElement {
  const [open, setOpen] = React.useState<Role | null>(null);
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      {props.rows.map((row) => (
        <Stack key={row.role} tokens={{ childrenGap: 2 }} data-role={row.role}>
          <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <Text styles={{ root: { width: 56, fontWeight: 600 } }}>{props.t(`role.${row.role}`)}</Text>
            <Dropdown
              ariaLabel={props.t(`role.${row.role}`)}
              styles={{ root: { flexGrow: 1, minWidth: 0 } }}
              selectedKey={row.sheet ?? noneKey}
              options={sheetOptions(props.sheets, props.t)}
              onChange={(_e, option) => props.onPickSheet(row.role, option && option.key !== noneKey ? String(option.key) : null)}
            />
          </Stack>
          <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }} styles={{ root: { paddingLeft: 64 } }}>
            <ConfidenceBar percent={row.sheet ? row.confidencePercent : 0} />
            <Text variant="small">{row.sheet ? props.t('confidence', { percent: row.confidencePercent }) : props.t('notFound')}</Text>
            {row.sheet && (
              <Link styles={{ root: { fontSize: 12 } }} onClick={() => setOpen(open === row.role ? null : row.role)}>{props.t('columns')}</Link>
            )}
          </Stack>
          {open === row.role && row.sheet && (
            <ColumnMapping row={row} headers={props.headers[row.sheet] ?? []} t={props.t} onPick={props.onPickColumn} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function sheetOptions(sheets: readonly string[], t: Translate): IDropdownOption[] {
  return [{ key: noneKey, text: t('notFound') }, ...sheets.map((s) => ({ key: s, text: s }))];
}

/** A bar, not only a number: a supervisor sees at a glance which guess is weak. */
export function ConfidenceBar({ percent }: { readonly percent: number }): React.ReactElement {
  const tone = percent >= 80 ? '#107c10' : percent >= 50 ? '#c19c00' : '#a4262c';
  return (
    <div role="meter" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}
      style={{ width: 80, height: 6, background: '#edebe9', borderRadius: 3 }}>
      <div style={{ width: `${percent}%`, height: 6, background: tone, borderRadius: 3 }} />
    </div>
  );
}

interface ColumnMappingProps {
  readonly row: RoleRow;
  readonly headers: readonly string[];
  readonly t: Translate;
  readonly onPick: (role: Role, field: string, col: number | null) => void;
}

function ColumnMapping({ row, headers, t, onPick }: ColumnMappingProps): React.ReactElement {
  const options: IDropdownOption[] = [
    { key: -1, text: t('columnUnmapped') },
    ...headers.map((h, col) => ({ key: col, text: `${columnLetters(col)} ${h}` })),
  ];
  return (
    <Stack tokens={{ childrenGap: 2 }} styles={{ root: { paddingLeft: 64 } }}>
      {roleFields[row.role].map((field) => (
        <Stack key={field} horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text variant="small" styles={{ root: { width: 72 } }}>{t(`field.${field}`)}</Text>
          <Dropdown
            ariaLabel={`${t(`role.${row.role}`)} ${t(`field.${field}`)}`}
            styles={{ root: { flexGrow: 1 } }}
            selectedKey={row.columns[field] ?? -1}
            options={options}
            onChange={(_e, option) => {
              const col = option ? Number(option.key) : -1;
              onPick(row.role, field, col < 0 ? null : col);
            }}
          />
        </Stack>
      ))}
    </Stack>
  );
}
