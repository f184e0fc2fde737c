"""Pipeline steps, one module per stage. Each step declares `requires` and `assigns`."""
