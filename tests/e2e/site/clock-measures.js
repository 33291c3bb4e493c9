/* global PerformanceObserver, CSS */
// Shared by the clock bench pages (clock-chat.html, clock-burst.html), loaded first in <head>.

// The mask reports its work as User Timing measures (bench build only); collect them before it
// starts, with when each began.
window.qhEntries = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    window.qhEntries.push({ name: e.name, start: e.startTime, duration: e.duration });
}).observe({ type: 'measure' });

// The nodes where a range of the page's one highlight (the mask's) starts.
window.maskedStarts = () => {
  const [highlight] = CSS.highlights.values();
  return new Set(highlight ? [...highlight].map((r) => r.startContainer) : []);
};
