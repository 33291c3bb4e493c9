// Test media made in the page, so no binary file is needed: a WAV of `seconds` of a soft
// tone (or silence), as a blob: address that <video> and <audio> both play.
window.toneUrl = function (seconds, audible) {
  const rate = 8000;
  const n = Math.round(rate * seconds);
  const bytes = new Uint8Array(44 + n);
  const view = new DataView(bytes.buffer);
  const text = (at, s) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + n, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, n, true);
  for (let i = 0; i < n; i++)
    bytes[44 + i] = audible ? 128 + Math.round(20 * Math.sin((2 * Math.PI * 440 * i) / rate)) : 128;
  return URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
};

// What each media element did, for the tests: `played` once a `playing` event came.
window.mediaLog = {};
window.watchMedia = function (media, name) {
  window.mediaLog[name] = { played: false, pauses: 0 };
  media.addEventListener('playing', () => (window.mediaLog[name].played = true));
  media.addEventListener('pause', () => window.mediaLog[name].pauses++);
};
// Whether the named media is playing now (the page keeps each in window.media[name]).
window.media = {};
window.isPlaying = (name) => {
  const m = window.media[name];
  return !!m && !m.paused && !m.ended;
};
