"""The lists service: the "三张清单" of resources, needs and projects, with co-building units."""
