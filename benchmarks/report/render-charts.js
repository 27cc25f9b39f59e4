// Draws the charts of a Portcullis benchmark report with Chart.js (inlined before this
// script). Runs in the browser; reads the report JSON from <script id="bench-data">. When
// done it sets window.__benchCharts = { done, drawn, errors } for the report test.
(function () {
  "use strict";
  var state = { done: false, drawn: 0, errors: [] };
  window.__benchCharts = state;
  var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
  var report = JSON.parse(document.getElementById("bench-data").textContent);

  function ms(us) {
    return us / 1000;
  }
  function colorOf(scenario, variantId) {
    var i = scenario.variants.findIndex(function (v) {
      return v.id === variantId;
    });
    return PALETTE[i % PALETTE.length];
  }
  function labelOf(scenario, variantId) {
    var v = scenario.variants.find(function (v) {
      return v.id === variantId;
    });
    return v ? v.label : variantId;
  }
  function cell(scenario, variantId, phaseId) {
    return scenario.results.find(function (c) {
      return c.variant === variantId && c.phase === phaseId;
    });
  }
  function addChart(container, title, config) {
    var box = document.createElement("figure");
    box.className = "chart";
    var caption = document.createElement("figcaption");
    caption.textContent = title;
    var holder = document.createElement("div");
    holder.className = "chart-canvas";
    var canvas = document.createElement("canvas");
    canvas.setAttribute("aria-label", title);
    canvas.setAttribute("role", "img");
    holder.appendChild(canvas);
    box.appendChild(caption);
    box.appendChild(holder);
    container.appendChild(box);
    try {
      config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options || {});
      new Chart(canvas, config);
      state.drawn++;
    } catch (err) {
      state.errors.push(title + ": " + (err?.message ? err.message : String(err)));
    }
  }
  function latencyAxis(log) {
    return { type: log ? "logarithmic" : "linear", title: { display: true, text: "latency (ms)" }, beginAtZero: !log };
  }

  function latencyVersusLoad(container, scenario) {
    var open = scenario.phases.filter(function (p) {
      return p.kind === "open";
    });
    if (open.length < 2) return latencyByVariant(container, scenario);
    var datasets = [];
    scenario.variants.forEach(function (v) {
      [
        ["p50", [6, 4]],
        ["p99", []],
        ["p999", [2, 3]],
      ].forEach(function (pair) {
        var key = pair[0];
        datasets.push({
          label: labelOf(scenario, v.id) + " " + (key === "p999" ? "p99.9" : key),
          data: open.map(function (p) {
            var c = cell(scenario, v.id, p.id);
            return c ? ms(c.summary[key].median) : null;
          }),
          borderColor: colorOf(scenario, v.id),
          backgroundColor: colorOf(scenario, v.id),
          borderDash: pair[1],
          pointRadius: 3,
          tension: 0,
        });
      });
    });
    addChart(container, scenario.name + ": latency vs offered load (median of repeats)", {
      type: "line",
      data: {
        labels: open.map(function (p) {
          return p.label;
        }),
        datasets: datasets,
      },
      options: { scales: { x: { title: { display: true, text: "offered load" } }, y: latencyAxis(true) } },
    });
  }

  // One bar per variant for each phase, with the value a cell yields (null: no bar).
  function barsByPhase(container, scenario, title, phases, valueOfCell, yAxis) {
    addChart(container, title, {
      type: "bar",
      data: {
        labels: phases.map(function (p) {
          return p.label;
        }),
        datasets: scenario.variants.map(function (v) {
          return {
            label: labelOf(scenario, v.id),
            data: phases.map(function (p) {
              var c = cell(scenario, v.id, p.id);
              return c ? valueOfCell(c) : null;
            }),
            backgroundColor: colorOf(scenario, v.id),
          };
        }),
      },
      options: { scales: { y: yAxis } },
    });
  }

  // For scenarios with fewer than two offered loads: p50 and p99 of every variant per phase.
  function latencyByVariant(container, scenario) {
    ["p50", "p99"].forEach(function (q) {
      barsByPhase(
        container,
        scenario,
        scenario.name + ": " + q + " latency by variant (median of repeats)",
        scenario.phases,
        function (c) {
          return ms(c.summary[q].median);
        },
        latencyAxis(false),
      );
    });
  }

  function ratios(container, scenario) {
    if (scenario.comparisons.length === 0) return;
    var phases = scenario.phases;
    var others = scenario.variants.filter(function (v) {
      return v.id !== scenario.baseline;
    });
    var datasets = others.map(function (v) {
      return {
        type: "bar",
        label: labelOf(scenario, v.id) + " p99 ÷ " + labelOf(scenario, scenario.baseline) + " p99",
        data: phases.map(function (p) {
          var c = scenario.comparisons.find(function (c) {
            return c.variant === v.id && c.phase === p.id;
          });
          return c ? c.p99Ratio.median : null;
        }),
        backgroundColor: colorOf(scenario, v.id),
      };
    });
    if (scenario.target) {
      datasets.push({
        type: "line",
        label: "target ≤ " + scenario.target.p99Ratio + "×",
        data: phases.map(function () {
          return scenario.target.p99Ratio;
        }),
        borderColor: "#555",
        borderDash: [5, 5],
        pointRadius: 0,
        fill: false,
      });
    }
    addChart(container, scenario.name + ": p99 ratio to the baseline (median of paired repeats)", {
      data: {
        labels: phases.map(function (p) {
          return p.label;
        }),
        datasets: datasets,
      },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: "× baseline p99" } } } },
    });
  }

  function percentileDistributions(container, scenario) {
    scenario.phases.forEach(function (phase) {
      var first = cell(scenario, scenario.baseline, phase.id);
      if (!first || first.distribution.length === 0) return;
      var labels = first.distribution.map(function (d) {
        return d.percentile === 0 ? "min" : d.percentile === 100 ? "max" : "p" + d.percentile;
      });
      var datasets = scenario.variants.map(function (v) {
        var c = cell(scenario, v.id, phase.id);
        return {
          label: labelOf(scenario, v.id),
          data: c
            ? c.distribution.map(function (d) {
                return ms(d.valueUs);
              })
            : [],
          borderColor: colorOf(scenario, v.id),
          backgroundColor: colorOf(scenario, v.id),
          pointRadius: 2,
          tension: 0,
        };
      });
      addChart(container, scenario.name + ": latency by percentile at " + phase.label + " (all repeats merged)", {
        type: "line",
        data: { labels: labels, datasets: datasets },
        options: { scales: { x: { title: { display: true, text: "percentile" } }, y: latencyAxis(true) } },
      });
    });
  }

  function throughput(container, scenario) {
    var closed = scenario.phases.filter(function (p) {
      return p.kind === "closed";
    });
    if (closed.length === 0) return;
    barsByPhase(
      container,
      scenario,
      scenario.name + ": closed-loop throughput (median of repeats)",
      closed,
      function (c) {
        return c.summary.throughput.median;
      },
      { beginAtZero: true, title: { display: true, text: "calls/s" } },
    );
  }

  function serverCpu(container, scenario) {
    var any = scenario.results.some(function (c) {
      return c.summary.serverCpuPerCallUs;
    });
    if (!any) return;
    barsByPhase(
      container,
      scenario,
      scenario.name + ": sidecar CPU time per call (median of repeats)",
      scenario.phases,
      function (c) {
        return c.summary.serverCpuPerCallUs ? c.summary.serverCpuPerCallUs.median : null;
      },
      { beginAtZero: true, title: { display: true, text: "µs CPU per call" } },
    );
  }

  try {
    if (typeof Chart !== "function") throw new Error("Chart.js is missing from the report");
    report.scenarios.forEach(function (scenario) {
      var container = document.querySelector('.charts[data-scenario="' + scenario.name + '"]');
      if (!container) return;
      latencyVersusLoad(container, scenario);
      ratios(container, scenario);
      throughput(container, scenario);
      serverCpu(container, scenario);
      percentileDistributions(container, scenario);
    });
  } catch (err) {
    state.errors.push(err?.message ? err.message : String(err));
  }
  state.done = true;
})();
