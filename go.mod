module github.com/dossier-bot/dossier

go 1.26.8

require (
	github.com/kljensen/snowball v0.10.0
	gopkg.in/yaml.v3 v3.0.1
)
