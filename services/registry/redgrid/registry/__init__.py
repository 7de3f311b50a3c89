"""The registry: organisations, grids, people and their roles, teams, units, 双报到, places."""
