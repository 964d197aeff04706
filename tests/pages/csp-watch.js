// Loaded first by strict-csp.html (as a file: the page's policy forbids inline script). Records
// every Content-Security-Policy / Trusted Types violation the page reports.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
