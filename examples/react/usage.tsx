/**
 * Using gov-org-elements from React 18 through `gov-org-elements/react` (`npm test` type-checks
 * this file against the built `lib/*.d.ts`, resolved through the package's `exports` map).
 */
import { useRef, useState } from 'react';
import { DutyList, LeaderList, OrgChart } from 'gov-org-elements/react';
import type { Dataset, OrgChart as OrgChartElement } from 'gov-org-elements';

export function Organisation({ dataset }: { dataset: Dataset }) {
  const [unitId, setUnitId] = useState<string>();
  const chart = useRef<OrgChartElement>(null);
  return (
    <>
      {/* Props are set as properties: `data` takes the object itself, not a string. */}
      <OrgChart
        ref={chart}
        id="chart"
        data={dataset}
        view="leadership"
        expandDepth={3}
        linkHash
        onUnitSelect={(event) => setUnitId(event.detail)}
        onUnitToggle={({ detail }) => console.log(detail.id, detail.expanded)}
        onOrgError={({ detail }) => detail.issues.forEach((issue) => console.error(issue.path, issue.message.zh))}
      />
      <button type="button" onClick={() => chart.current?.fit()}>
        适应窗口
      </button>
      <DutyList data={dataset} unitId={unitId} noFilter />
      <LeaderList data={dataset} for="chart" onUnitSelect={(event) => setUnitId(event.detail)} />
    </>
  );
}

// Mistakes the types catch (each line must be an error, or this file fails to type-check):
export const mistakes = (dataset: Dataset) => [
  // @ts-expect-error 'tree' is not a view
  <OrgChart data={dataset} view="tree" />,
  // @ts-expect-error expandDepth is a number
  <OrgChart data={dataset} expandDepth="3" />,
  // @ts-expect-error unit-select's detail is a string, not an object
  <OrgChart data={dataset} onUnitSelect={(event) => event.detail.id} />,
];
