/** The per-criterion profile of a campaign by ámbito and by entidad federativa: one table each. */
import type { GroupProfile } from '../../../../campaigns/view-schema.js';
import { CRITERIA } from '../model/panel.js';
import { useUi } from '../ui.js';
import { DataTable } from './data-table.js';

function ProfileTable({ groups, caption, groupLabel, testId, name }: { groups: readonly GroupProfile[]; caption: string; groupLabel: string; testId: string; name: (group: string) => string }) {
  const { t, f } = useUi();
  return (
    <>
      <h3>{caption}</h3>
      <DataTable
        caption={caption}
        testId={testId}
        wide
        columns={[{ label: groupLabel }, { label: t.colSites, numeric: true }, { label: t.colScore, numeric: true }, ...CRITERIA.map((c) => ({ label: t.criteriaShort[c], numeric: true }))]}
      >
        {groups.map((g) => (
          <tr key={g.group}>
            <th scope="row">{name(g.group)}</th>
            <td class="num">{f.count(g.sites)}</td>
            <td class="num">{f.score(g.score)}</td>
            {CRITERIA.map((c) => (
              <td key={c} class="num">
                {f.score(g.criteria[c])}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </>
  );
}

export function CampaignProfiles({ byAmbito, byEntidad }: { byAmbito: readonly GroupProfile[]; byEntidad: readonly GroupProfile[] }) {
  const { t } = useUi();
  return (
    <section aria-labelledby="campaign-profiles-title">
      <h2 id="campaign-profiles-title">{t.profilesTitle}</h2>
      <ProfileTable groups={byAmbito} caption={t.byAmbitoCaption} groupLabel={t.colAmbito} testId="profile-ambito" name={(g) => t.ambitos[g] ?? g} />
      <ProfileTable groups={byEntidad} caption={t.byEntidadCaption} groupLabel={t.colEntidad} testId="profile-entidad" name={(g) => g} />
    </section>
  );
}
