package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Setting groups, in the order help lists them.
const (
	groupKnowledge = "knowledge base"
	groupStore     = "store (Redis)"
	groupModel     = "language model"
	groupSlack     = "Slack"
	groupDigest    = "digest"
	groupServer    = "server"
)

var groupOrder = []string{groupKnowledge, groupStore, groupModel, groupSlack, groupDigest, groupServer}

// group is the group of a setting, by its variable's name.
func (s setting) group() string {
	switch e := s.env; {
	case e == "DOSSIER_KNOWLEDGE":
		return groupKnowledge
	case strings.HasPrefix(e, "REDIS_") || strings.HasPrefix(e, "DOSSIER_REDIS_") || e == "DOSSIER_CACHE_TTL" || e == "DOSSIER_THREAD_TTL":
		return groupStore
	case strings.HasPrefix(e, "OPENAI_") || e == "DOSSIER_ANSWER_TIMEOUT":
		return groupModel
	case strings.HasPrefix(e, "SLACK_") || slices.Contains([]string{"DOSSIER_SLASH_COMMAND", "DOSSIER_ALLOWED_TEAMS",
		"DOSSIER_ALLOWED_CHANNELS", "DOSSIER_ALLOW_BOTS", "DOSSIER_WORKERS", "DOSSIER_USER_RATE", "DOSSIER_CHANNEL_RATE"}, e):
		return groupSlack
	case strings.HasPrefix(e, "DIGEST_"):
		return groupDigest
	}
	return groupServer
}

// settingsOf returns the variables of the settings in the groups.
func settingsOf(groups ...string) []string {
	var out []string
	for _, s := range settings {
		if slices.Contains(groups, s.group()) {
			out = append(out, s.env)
		}
	}
	return out
}

// flags returns a flag set for a sub-command; a.parse reports its errors
// and prints its help.
func (a *app) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses a command's flags wherever they stand among its arguments
// (see parseArgs). --help prints the command's help to stdout; a bad flag
// is reported in one line, with where to look.
func (a *app) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	rest, err := parseArgs(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		a.commandHelp(a.stdout, fs)
	case err != nil:
		a.usageError(fs.Name(), "%v", err)
	}
	return rest, err
}

// usageError reports a command used wrongly, in one line, and returns
// the exit code for it.
func (a *app) usageError(command, format string, args ...any) int {
	fmt.Fprintf(a.stderr, "dossier %s: %s; see 'dossier %s --help'\n", command, fmt.Sprintf(format, args...), command)
	return exitUsage
}

// noArgs reports arguments a command does not take; it returns -1 when
// there are none, else the exit code.
func (a *app) noArgs(command string, rest []string) int {
	if len(rest) == 0 {
		return -1
	}
	return a.usageError(command, "unexpected argument %q", rest[0])
}

// commandHelp prints a command's synopsis, its own flags, and the
// settings it reads, by group (`dossier help config` describes them).
func (a *app) commandHelp(w io.Writer, fs *flag.FlagSet) {
	name := fs.Name()
	for _, c := range commands {
		if c.name == name {
			fmt.Fprintf(w, "Usage: %s\n\n%s.\n", strings.TrimSpace("dossier "+c.name+" "+c.args), capitalize(c.help))
		}
	}
	own, byGroup := []*flag.Flag{}, map[string][]string{}
	fs.VisitAll(func(f *flag.Flag) {
		if s, ok := settingOfFlag(f.Name); ok {
			byGroup[s.group()] = append(byGroup[s.group()], "--"+f.Name)
			return
		}
		own = append(own, f)
	})
	if len(own) > 0 {
		fmt.Fprintln(w, "\nFlags:")
		for _, f := range own {
			arg, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(w, "  %-22s %s\n", strings.TrimSpace("--"+f.Name+" "+arg), usage)
		}
	}
	if name == "config" {
		fmt.Fprintln(w, "\nSettings (each an environment variable, and a flag of the commands that read it: DOSSIER_CACHE_TTL is --cache-ttl):")
		writeSettings(w)
		return
	}
	if len(byGroup) > 0 {
		fmt.Fprintln(w, "\nSettings it reads (each also an environment variable; 'dossier help config' describes them):")
		for _, g := range groupOrder {
			if fl := byGroup[g]; len(fl) > 0 {
				fmt.Fprintf(w, "  %-15s %s\n", g+":", strings.Join(fl, " "))
			}
		}
	}
}

func settingOfFlag(name string) (setting, bool) {
	for _, s := range settings {
		if s.flagName() == name {
			return s, true
		}
	}
	return setting{}, false
}
