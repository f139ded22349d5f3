"""brochure-pipeline: ILO brochures (PDF or text) into schema-validated JSON records.

    >>> import pipeline
    >>> record = pipeline.extract("samples/partnerships-for-decent-work.txt")
    >>> record.title
    'Partnerships for Decent Work'
"""

from pipeline.build import record_to_json
from pipeline.errors import BrochureError
from pipeline.extract import extract
from pipeline.record import BrochureRecord
from pipeline.version import __version__

__all__ = ["BrochureError", "BrochureRecord", "__version__", "extract", "record_to_json"]
