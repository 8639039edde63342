// The analytics page's charts: each <canvas data-chart="line|bar" data-table="NAME"> is drawn by Chart.js from
// the figure's data (the JSON block #chart-data, the same rows as the data table under the chart).
(function () {
  "use strict";
  function draw(canvas, table) {
    var labels = table.rows.map(function (row) { return row[0]; });
    var datasets = table.columns.slice(1).map(function (column, index) {
      return { label: column, data: table.rows.map(function (row) { return row[index + 1]; }) };
    });
    new window.Chart(canvas, {
      type: canvas.getAttribute("data-chart"),
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: datasets.length > 1 } }
      }
    });
    canvas.setAttribute("data-drawn", String(table.rows.length));
  }
  document.addEventListener("DOMContentLoaded", function () {
    var source = document.getElementById("chart-data");
    if (!source || !window.Chart) { return; }
    var tables = JSON.parse(source.textContent);
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var table = tables[canvas.getAttribute("data-table")];
      if (table) { draw(canvas, table); }
    });
  });
})();
