"""The AllianceKG ontology (OWL in Turtle), its SHACL shapes and term constants."""
