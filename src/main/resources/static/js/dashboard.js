// Draws the dashboard's charts from the JSON the page embeds (#dashboard-data). Each chart's numbers are also in
// the table below its canvas, which is what screen readers and printouts use.
(function () {
  'use strict';
  var source = document.getElementById('dashboard-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  // colours distinguishable in grey and for the common colour-vision deficiencies (Okabe–Ito)
  var palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#999999'];
  var byMeaning = { reports: ['#009E73', '#E69F00', '#D55E00'] };
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.locale = data.locale;
  data.charts.forEach(function (spec) {
    var canvas = document.getElementById('chart-' + spec.id);
    if (!canvas) {
      return;
    }
    var colours = byMeaning[spec.id] || palette;
    var doughnut = spec.type === 'doughnut';
    var datasets = spec.series.map(function (series, i) {
      return {
        label: series.label,
        data: series.data,
        backgroundColor: doughnut ? palette.slice(0, series.data.length) : colours[i % colours.length],
        borderWidth: doughnut ? 1 : 0
      };
    });
    var axis = function (title, stacked) {
      return { stacked: stacked, title: { display: !!title, text: title }, ticks: { precision: 0 } };
    };
    var category = axis(spec.xTitle, spec.stacked);
    var value = axis(spec.yTitle, spec.stacked);
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' } },
        scales: doughnut ? {} : (spec.horizontal ? { y: category, x: value } : { x: category, y: value })
      }
    });
  });
})();
