"""Writers at the edge: JSON (the contract of shared/eval/FORMAT.md), text report, HTML report."""
