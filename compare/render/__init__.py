"""Renderers. Every view is rendered from the JSON form of a report (:func:`compare.render.json.to_dict`)."""
