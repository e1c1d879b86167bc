package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

func (a *app) kb(ctx context.Context, args []string) int {
	if len(args) > 0 && args[0] == "add" {
		return a.kbAdd(ctx, args[1:])
	}
	fl := a.flags("kb")
	env := settingFlags(fl, a.getenv, "DOSSIER_KNOWLEDGE")
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	dir := env("DOSSIER_KNOWLEDGE")
	switch {
	case len(rest) == 0:
		return a.usageError("kb", "say what to do: lint, list, show ID, add FILE|URL or diff DIR")
	case rest[0] == "show" && len(rest) != 2:
		return a.usageError("kb", "show takes one SOURCE-ID or SOURCE-ID#pN")
	case rest[0] == "diff" && len(rest) != 2:
		return a.usageError("kb", "diff takes one knowledge base directory to compare with")
	case rest[0] != "show" && rest[0] != "diff" && len(rest) > 1:
		return a.usageError("kb", "unexpected argument %q", rest[1])
	}
	switch rest[0] {
	case "lint":
		return a.kbLint(dir)
	case "list":
		return a.kbList(dir)
	case "show":
		return a.kbShow(dir, rest[1])
	case "diff":
		return a.kbDiff(dir, rest[1])
	}
	return a.usageError("kb", "unknown sub-command %q (lint, list, show, add, diff)", rest[0])
}

func (a *app) kbLint(dir string) int {
	fsys, name := a.knowledgeFS(dir)
	ps, err := knowledge.Lint(fsys)
	if err != nil {
		return a.fail("%s: %v", name, err)
	}
	for _, p := range ps {
		if dir != "" {
			p.File = strings.TrimSuffix(name, "/") + "/" + p.File
		}
		fmt.Fprintln(a.stderr, p.Error())
	}
	if errs := len(ps.Errors()); errs > 0 {
		return a.fail("%d problem(s) in %s", errs, name)
	}
	if len(ps) > 0 {
		fmt.Fprintf(a.stdout, "%s: ok, with %d warning(s)\n", name, len(ps))
		return exitOK
	}
	fmt.Fprintf(a.stdout, "%s: ok\n", name)
	return exitOK
}

func (a *app) kbList(dir string) int {
	ix, err := a.loadIndex(dir)
	if err != nil {
		return a.fail("%v", err)
	}
	kb := ix.KB()
	fmt.Fprintf(a.stdout, "%d source(s), knowledge base version %s\n", len(kb.Sources), kb.Version)
	for _, s := range kb.Sources {
		fmt.Fprintf(a.stdout, "%s\t%s\t%s, %s\t%s\t%d passages\treliability %s\n", s.ID, s.Title, s.Author, s.Publisher, s.DateLabel(), len(s.Passages), s.ReliabilityLabel())
	}
	return exitOK
}

func (a *app) kbShow(dir, id string) int {
	ix, err := a.loadIndex(dir)
	if err != nil {
		return a.fail("%v", err)
	}
	kb := ix.KB()
	if p := kb.Passage(id); p != nil {
		fmt.Fprintf(a.stdout, "%s (%s, line %d)\n%s — %s, %s, %s\n\n%s\n", p.ID, p.Source.File, p.Line,
			p.Source.Title, p.Source.Author, p.Source.Publisher, p.Source.DateLabel(), p.Text)
		return exitOK
	}
	s := kb.Source(id)
	if s == nil {
		return a.fail("no source or passage %q (see \"dossier kb list\")", id)
	}
	fmt.Fprintf(a.stdout, "%s\n%s\nby %s", s.ID, s.Title, s.Author)
	if s.AuthorAffiliation != "" {
		fmt.Fprintf(a.stdout, " (%s)", s.AuthorAffiliation)
	}
	fmt.Fprintf(a.stdout, "\npublished by %s, %s\n", s.Publisher, s.DateLabel())
	if len(s.AlsoPublishedIn) > 0 {
		fmt.Fprintf(a.stdout, "also in %s\n", strings.Join(s.AlsoPublishedIn, ", "))
	}
	if s.DateNote != "" {
		fmt.Fprintf(a.stdout, "date: %s\n", s.DateNote)
	}
	fmt.Fprintf(a.stdout, "reliability: %s\n", s.ReliabilityLabel())
	if s.ReliabilityNote != "" {
		fmt.Fprintf(a.stdout, "  %s\n", s.ReliabilityNote)
	}
	if s.URL != "" {
		fmt.Fprintln(a.stdout, s.URL)
	}
	if len(s.Tags) > 0 {
		fmt.Fprintf(a.stdout, "tags: %s\n", strings.Join(s.Tags, ", "))
	}
	for _, p := range s.Passages {
		fmt.Fprintf(a.stdout, "\n[%s] %s\n", p.ID, p.Text)
	}
	return exitOK
}

func (a *app) eval(ctx context.Context, args []string) int {
	fl := a.flags("eval")
	env := settingFlags(fl, a.getenv, "DOSSIER_KNOWLEDGE")
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	dir := env("DOSSIER_KNOWLEDGE")
	if len(rest) != 1 {
		return a.usageError("eval", "give one evaluation FILE")
	}
	ix, err := a.loadIndex(dir)
	if err != nil {
		return a.fail("%v", err)
	}
	data, err := os.ReadFile(rest[0])
	if err != nil {
		return a.fail("%v", err)
	}
	cases, err := knowledge.ParseEvalSet(rest[0], data, ix.KB())
	if err != nil {
		return a.fail("%v", err)
	}
	rep, err := bot.Evaluate(ctx, bot.NewEngine(ix), cases)
	if err != nil {
		return a.fail("%v", err)
	}
	rep.Write(a.stdout)
	return exitOK
}
