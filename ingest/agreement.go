package ingest

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
)

// AgreementColumns are the columns of the agreement format, in the order
// the template writes them (an export writes AgreementRow's order, with the
// mapping's source and confidence after them). Only the first five are
// required.
var AgreementColumns = []string{"authority", "agreement", "round", "reference", "recommendation",
	"published", "status", "theme", "sub_theme", "due", "source_url"}

// agreementRequired are the columns every agreement file must have.
var agreementRequired = AgreementColumns[:5]

// AgreementRow is one row of the agreement format: one mapping of one
// recommendation. It is also one row of an agreements export, which adds
// the mapping's source and confidence. Each tag's first name is the column
// an export writes, in field order; the others are the normalised names a
// file is read by.
type AgreementRow struct {
	Authority      string `csv:"authority"`
	Agreement      string `csv:"agreement"`
	FinancialYear  string `csv:"round"`
	Published      string `csv:"published"`
	Status         string `csv:"status"`
	Reference      string `csv:"reference"`
	Recommendation string `csv:"recommendation"`
	Theme          string `csv:"theme"`
	SubTheme       string `csv:"sub_theme,subtheme"`
	Due            string `csv:"due"`
	SourceURL      string `csv:"source_url,sourceurl"`
	MappingSource  string `csv:"mapping_source,mappingsource"`
	Confidence     string `csv:"confidence"`
}

// fields are the row's cells, in column order, for trimming and
// neutralising alike.
func (r *AgreementRow) fields() []*string {
	return []*string{&r.Authority, &r.Agreement, &r.FinancialYear, &r.Published, &r.Status, &r.Reference,
		&r.Recommendation, &r.Theme, &r.SubTheme, &r.Due, &r.SourceURL, &r.MappingSource, &r.Confidence}
}

// ParseAgreements reads a file in the agreement format and returns its
// agreements, validated whole against ref: either every agreement, or every
// problem found with its line and column.
func ParseAgreements(data []byte, ref *Reference) ([]*benchmark.Agreement, error) {
	return parseAgreements(context.Background(), data, ref, MaxFileSize)
}

// parseAgreements is ParseAgreements for a file of at most limit bytes.
func parseAgreements(ctx context.Context, data []byte, ref *Reference, limit int) ([]*benchmark.Agreement, error) {
	var rows []*AgreementRow
	t, err := readRowsUpTo(ctx, data, limit, &rows, agreementRequired...)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, Problems{{Line: 2, Message: "The file has a header row but no recommendations under it."}}
	}
	b := agreementBuilder{ref: ref, byKey: map[string]*benchmark.Agreement{}, recs: map[string]*benchmark.Recommendation{}}
	for i, row := range rows {
		b.add(t.lines[i], row)
	}
	if err := b.problems.err(); err != nil {
		return nil, err
	}
	return b.list, nil
}

// agreementBuilder groups rows into agreements and recommendations.
type agreementBuilder struct {
	ref      *Reference
	list     []*benchmark.Agreement
	byKey    map[string]*benchmark.Agreement      // party key + round
	recs     map[string]*benchmark.Recommendation // agreement key + reference
	problems Problems
	// rounds holds, by RoundKey, the parties of the agreement this file
	// gives each authority and round, and the line that first did; told
	// holds the parties and rounds already refused, each told once.
	rounds map[string]fileRound
	told   map[string]bool
	// years remembers each round text already read: a national file
	// repeats a few dozen over 80,000 rows.
	years map[string]yearRead
	// emit, when set, is given each agreement once its rows are over, when
	// a row of another one follows; open is the key of the agreement being
	// read. An agreement given out is forgotten, its key kept in closed, so
	// that a large file is not held whole; list is then not kept. An
	// agreement met again after another one's rows sets scattered; then,
	// or once emit returns false, done stops emitting.
	emit            func(*benchmark.Agreement) bool
	open            string
	closed          map[string]bool
	scattered, done bool
}

// reach notes that a row of the agreement with key is being read; seen
// says the agreement was met before. The agreement read until now is over
// unless key is its own.
func (b *agreementBuilder) reach(key string, seen bool) {
	if key == b.open {
		return
	}
	b.close()
	if seen || b.closed[key] {
		b.scattered, b.done = true, true
	}
	b.open = key
}

// close gives out the agreement being read, if any, while emitting goes
// on, and forgets it.
func (b *agreementBuilder) close() {
	a := b.byKey[b.open]
	if b.emit == nil || a == nil {
		return
	}
	for _, r := range a.Recommendations {
		delete(b.recs, b.open+"|"+r.Reference)
	}
	delete(b.byKey, b.open)
	if b.closed == nil {
		b.closed = map[string]bool{}
	}
	b.closed[b.open] = true
	if !b.done && len(b.problems) == 0 {
		b.done = !b.emit(a)
	}
}

// yearRead is one round text as parseFinancialYear reads it.
type yearRead struct {
	round string
	ok    bool
}

// financialYear is parseFinancialYear, remembered per text.
func (b *agreementBuilder) financialYear(s string) (string, bool) {
	if y, ok := b.years[s]; ok {
		return y.round, y.ok
	}
	round, ok := parseFinancialYear(s)
	if b.years == nil {
		b.years = map[string]yearRead{}
	}
	b.years[s] = yearRead{round, ok}
	return round, ok
}

func (b *agreementBuilder) add(line int, row *AgreementRow) {
	trimRow(row)
	ps := &b.problems
	before := len(*ps)
	for _, c := range []struct{ name, value string }{
		{"authority", row.Authority}, {"agreement", row.Agreement}, {"round", row.FinancialYear},
		{"reference", row.Reference}, {"recommendation", row.Recommendation},
	} {
		if c.value == "" {
			ps.add(line, c.name, "Enter a value: %s is required.", c.name)
		}
	}
	for _, c := range []struct {
		name, value string
		most        int
	}{
		{"agreement", row.Agreement, MaxTitleLength}, {"reference", row.Reference, MaxReferenceLength},
		{"recommendation", row.Recommendation, MaxRecommendationLength}, {"source_url", row.SourceURL, MaxURLLength},
	} {
		if len(c.value) <= c.most { // never more characters than bytes
			continue
		}
		if n := utf8.RuneCountInString(c.value); n > c.most {
			ps.add(line, c.name, "This %s is %d characters long; shorten it to at most %d.", c.name, n, c.most)
		}
	}
	if row.SourceURL != "" && !webLink(row.SourceURL) {
		ps.add(line, "source_url", "%q is not a web address; a source link must start with http:// or https://.", shorten(row.SourceURL))
	}
	parties := b.parties(line, row.Authority)
	if row.FinancialYear != "" {
		round, ok := b.financialYear(row.FinancialYear)
		if !ok {
			ps.add(line, "round", "%q is not a financial year; write it as 2022-23.", row.FinancialYear)
		}
		row.FinancialYear = round
	}
	published, ok := parseDate(row.Published)
	if !ok {
		ps.add(line, "published", "%q is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.", row.Published)
	}
	due, ok := parseDate(row.Due)
	if !ok {
		ps.add(line, "due", "%q is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.", row.Due)
	}
	status := strings.ToLower(row.Status)
	if status != "" && !lo.Contains(benchmark.Statuses, status) {
		ps.add(line, "status", "%q is not a status; use one of %s, or leave it blank.", row.Status, strings.Join(benchmark.Statuses, ", "))
	}
	mapping := b.mapping(line, row)
	if len(*ps) > before {
		return
	}
	a := &benchmark.Agreement{Title: row.Agreement, FinancialYear: row.FinancialYear, Published: published, Status: status, SourceURL: row.SourceURL, Parties: parties}
	key := a.PartyKey() + "|" + a.FinancialYear
	cur := b.byKey[key]
	if cur == nil && !b.closed[key] && !b.oneARound(line, a) {
		return // an agreement met before was checked at its first row
	}
	if cur != nil {
		if cur.Title != a.Title {
			ps.add(line, "agreement", "The same parties and round were titled %q on an earlier line; one agreement has one title.", cur.Title)
			return
		}
		a = cur
	} else {
		b.byKey[key] = a
		if b.emit == nil {
			b.list = append(b.list, a)
		}
	}
	b.reach(key, cur != nil)
	rec := b.recs[key+"|"+row.Reference]
	if rec == nil {
		rec = &benchmark.Recommendation{Reference: row.Reference, Text: row.Recommendation, Due: due}
		b.recs[key+"|"+row.Reference] = rec
		a.Recommendations = append(a.Recommendations, rec)
	} else if benchmark.NormalizeText(rec.Text) != benchmark.NormalizeText(row.Recommendation) {
		ps.add(line, "reference", "Reference %s is used twice in this agreement for different recommendations.", row.Reference)
		return
	}
	if mapping != nil {
		rec.Mappings = append(rec.Mappings, mapping)
	}
}

// parties resolves the ";"-separated authorities of a row, each once
// however many times, or in whatever forms, the row names it.
func (b *agreementBuilder) parties(line int, s string) []*benchmark.Authority {
	var out []*benchmark.Authority
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		a, err := b.ref.resolve(part)
		if err != nil {
			b.problems.add(line, "authority", "%s", err)
			continue
		}
		if !slices.ContainsFunc(out, func(p *benchmark.Authority) bool { return p.ONSCode == a.ONSCode }) {
			out = append(out, a)
		}
	}
	return out
}

// mapping validates the row's theme and sub-theme; it returns nil when the
// row has no theme.
func (b *agreementBuilder) mapping(line int, row *AgreementRow) *benchmark.Mapping {
	if row.Theme == "" {
		if row.SubTheme != "" {
			b.problems.add(line, "theme", "A sub-theme needs its theme: enter the theme of %q.", row.SubTheme)
		}
		return nil
	}
	th := b.ref.Taxonomy.Theme(row.Theme)
	if th == nil {
		b.problems.add(line, "theme", "%q is not a theme.%s", row.Theme, suggestion(closest(row.Theme, themeNames(b.ref.Taxonomy), 2)))
		return nil
	}
	m := &benchmark.Mapping{Theme: th.Name, ThemeID: th.ID, Source: benchmark.SourcePublished}
	if row.SubTheme != "" {
		st := th.SubTheme(row.SubTheme)
		if st == nil {
			b.problems.add(line, "sub_theme", "%q is not a sub-theme of %q.%s", row.SubTheme, th.Name, suggestion(closest(row.SubTheme, subThemeNames(th), 2)))
			return nil
		}
		m.SubTheme, m.SubThemeID = st.Name, st.ID
	}
	switch src := strings.ToLower(row.MappingSource); src {
	case "", benchmark.SourcePublished, benchmark.SourceSuggested, benchmark.SourceReviewed:
		if src != "" {
			m.Source = src
		}
	default:
		b.problems.add(line, "mapping_source", "%q is not a mapping source; use published, suggested or reviewed.", row.MappingSource)
	}
	if row.Confidence != "" {
		c, err := strconv.ParseFloat(row.Confidence, 64)
		if err != nil || c < 0 || c > 1 {
			b.problems.add(line, "confidence", "%q is not a confidence between 0 and 1.", row.Confidence)
		}
		if m.Source == benchmark.SourceSuggested { // only a suggestion has one, as stored and exported
			m.Confidence = c
		}
	}
	return m
}

func themeNames(tax benchmark.Taxonomy) []string {
	out := make([]string, len(tax))
	for i, th := range tax {
		out[i] = th.Name
	}
	return out
}

func subThemeNames(th *benchmark.Theme) []string {
	out := make([]string, len(th.SubThemes))
	for i, st := range th.SubThemes {
		out[i] = st.Name
	}
	return out
}

func trimRow(r *AgreementRow) {
	for _, p := range r.fields() {
		*p = strings.TrimSpace(*p)
	}
}

// The longest texts an agreement file may hold, in characters.
const (
	MaxTitleLength          = 300
	MaxReferenceLength      = 40
	MaxRecommendationLength = 3000
	MaxURLLength            = 2000
)

// webLink reports whether s is an absolute http or https address with a
// host: the only links svbench stores and shows.
func webLink(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return (scheme == "http" || scheme == "https") && u.Host != ""
}

// shorten cuts s to 60 characters for quoting in a message.
func shorten(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
