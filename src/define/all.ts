/** Registers every tag of the library. */
import './org-chart.js';
