// Draws the statistics page's charts with Chart.js from each canvas's data-chart attribute (no
// inline script is allowed). Suppressed cells have no value: they draw as nothing and their
// tooltip says "<5". Every chart has a table beside it, so nothing is lost without this script.
(function () {
  "use strict";

  var PALETTE = ["#0f4c5c", "#e36414", "#5f8d4e", "#9a031e", "#6d597a", "#fb8b24", "#2a9d8f",
    "#8d99ae", "#b56576", "#264653", "#e9c46a", "#457b9d", "#a44a3f", "#3d405b", "#81b29a",
    "#f2cc8f", "#7b2cbf"];

  function draw(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    if (data.labels.length === 0) {
      canvas.closest(".canvas-box").hidden = true;
      return;
    }
    var stacked = data.kind === "stacked" && data.datasets.length > 1;
    // the first series of a stacked chart is the total: its reasons are drawn instead
    var series = stacked ? data.datasets.slice(1) : data.datasets;
    var horizontal = data.kind === "horizontal";
    // long category names (reasons) go on several lines instead of being cut at the canvas edge
    var labels = horizontal ? data.labels.map(wrap) : data.labels;
    var chart = new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: labels,
        datasets: series.map(function (s, i) {
          return {
            label: s.label,
            data: s.values,
            shown: s.shown,
            backgroundColor: stacked ? PALETTE[i % PALETTE.length] : PALETTE[0]
          };
        })
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: stacked, beginAtZero: true },
          y: { stacked: stacked, beginAtZero: true }
        },
        plugins: {
          legend: { display: stacked },
          tooltip: {
            callbacks: {
              label: function (item) {
                var text = item.dataset.shown[item.dataIndex];
                return (item.dataset.label ? item.dataset.label + ": " : "") + text;
              }
            }
          }
        }
      }
    });
    canvas.chart = chart;
  }

  function wrap(label) {
    var lines = [];
    label.split(" ").forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + " " + word).length <= 18) {
        lines[last] += " " + word;
      } else {
        lines.push(word);
      }
    });
    return lines;
  }

  function drawAll() {
    if (!window.Chart) return;
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (!canvas.chart) draw(canvas);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
  document.addEventListener("htmx:afterSettle", drawAll);
})();
