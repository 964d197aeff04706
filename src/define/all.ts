/** Registers every tag of the library. */
import './org-chart.js';
import './duty-list.js';
import './leader-card.js';
import './leader-list.js';
import './staffing-summary.js';
import './org-profile.js';
