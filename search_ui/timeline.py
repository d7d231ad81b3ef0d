"""Geometry of the timeline bar chart; templates/_timeline.html draws it as SVG."""

from dataclasses import dataclass

from indexer import TimelineBar

from . import format as fmt

HEIGHT = 100  # the SVG's own units; CSS sets the size on the page
SLOT = 10  # width of one bar with its gap
MIN_SLOTS = 24  # a few bars stay narrow and centred instead of filling the width
MIN_BAR = 2  # a bar with one article is still visible


@dataclass(frozen=True)
class Bar:
    """One drawn bar: its box in SVG units, its tooltip and the period it filters to."""

    x: float
    y: float
    width: float
    height: float
    title: str
    source: TimelineBar


@dataclass(frozen=True)
class Chart:
    """The whole chart: the viewBox width, the bars and the labels under the axis."""

    width: int
    height: int
    bars: list[Bar]
    first_label: str
    last_label: str
    peak: int
    # The busiest period in words: "в марте 2018", "в 2018 г.".
    peak_period: str = ""


def bar_title(bar: TimelineBar) -> str:
    """The tooltip of a bar: "март 2018: 12 статей"."""
    return f"{fmt.period_name(bar.period)}: {fmt.plural(bar.count)}"


def bar_height(count: int, peak: int) -> float:
    """A bar's height in SVG units, proportional to the busiest period."""
    if count <= 0 or peak <= 0:
        return 0.0
    return max(MIN_BAR, round(HEIGHT * count / peak, 2))


def layout(bars: list[TimelineBar]) -> Chart | None:
    """Places the bars side by side, centred; None when there is nothing to draw."""
    if not bars:
        return None
    peak = max(b.count for b in bars)
    width = max(len(bars), MIN_SLOTS) * SLOT
    left = (width - len(bars) * SLOT) / 2
    drawn = [
        Bar(left + i * SLOT + 1, HEIGHT - h, SLOT - 2, h, bar_title(b), b)
        for i, b in enumerate(bars)
        for h in [bar_height(b.count, peak)]
    ]
    first, last = fmt.period_short(bars[0].period), fmt.period_short(bars[-1].period)
    busiest = next(b.period for b in bars if b.count == peak)
    return Chart(width, HEIGHT, drawn, first, last, peak, fmt.period_in(busiest))
