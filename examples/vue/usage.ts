/**
 * Using gov-org-elements from Vue 3 (`npm test` type-checks this file against the built
 * `lib/*.d.ts`). It is the `<script setup lang="ts">` of the component in docs/vue.md, written
 * with defineComponent so that plain tsc checks it; the template is the same.
 */
import { defineComponent, ref, shallowRef } from 'vue';
import 'gov-org-elements/define/org-chart.js';
import 'gov-org-elements/define/duty-list.js';
import type { Dataset, OrgChart, OrgErrorEvent, UnitSelectEvent } from 'gov-org-elements';

export default defineComponent({
  props: { dataset: { type: Object as () => Dataset, required: true } },
  setup() {
    const chart = ref<OrgChart | null>(null);
    const unitId = shallowRef<string>();
    // Listeners take the library's typed events: `detail` is the unit id here.
    const onUnitSelect = (event: UnitSelectEvent) => {
      unitId.value = event.detail;
    };
    const onOrgError = ({ detail }: OrgErrorEvent) => {
      for (const issue of detail.issues) console.error(issue.path, issue.message.zh);
    };
    const fit = () => chart.value?.fit();
    return { chart, unitId, onUnitSelect, onOrgError, fit };
  },
  template: `
    <org-chart ref="chart" id="chart" :data.prop="dataset" view="leadership"
      @unit-select="onUnitSelect" @org-error="onOrgError"></org-chart>
    <button type="button" @click="fit">适应窗口</button>
    <duty-list :data.prop="dataset" :unit-id="unitId" no-filter></duty-list>
  `,
});

// Mistakes the types catch (each line must be an error, or this file fails to type-check):
// @ts-expect-error unit-select's detail is a string, not an object
export const wrong = (event: UnitSelectEvent) => event.detail.id;
// @ts-expect-error 'tree' is not a view
export const wrongView = (chart: OrgChart) => (chart.view = 'tree');
