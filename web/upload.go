package web

import (
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// uploadPage is the agreement upload form and, once a file is checked, its
// preview.
type uploadPage struct {
	Page
	FileName string
	// Data is the checked file, base64, carried to the confirm step; the
	// confirm step checks it again whole before writing.
	Data     string
	Outcomes []benchmark.ImportOutcome
	// Agreements are the file's agreements as they would be stored, with
	// suggested mappings.
	Agreements []*benchmark.Agreement
	Created    int
	Revised    int
	Same       int
	// Register are the register entries the file's agreements attach to.
	Register []*benchmark.RegisterEntry
}

// agreementStore adapts the page services to what an import needs.
type agreementStore struct {
	benchmark.AuthorityService
	benchmark.ThemeService
	benchmark.AgreementService
}

func (s *Server) agreementStore() agreementStore {
	return agreementStore{s.Authorities, s.Themes, s.Agreements}
}

// handleUploadForm shows the agreement upload form.
func (s *Server) handleUploadForm(c echo.Context) error {
	return s.render(c, http.StatusOK, "upload", uploadPage{Page: s.page(c, "Upload an agreement", "agreements")})
}

// handleUploadPreview checks an uploaded file whole and shows what
// importing it would create, change and leave alone, or every problem.
func (s *Server) handleUploadPreview(c echo.Context) error {
	p := uploadPage{Page: s.page(c, "Upload an agreement", "agreements")}
	name, data, msg := readUploadFile(c, "file", ingest.MaxFileSize, "Select a CSV or Excel file")
	if msg != "" {
		p.Errors = []FieldError{{Field: "file", Message: msg}}
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	}
	ctx := c.Request().Context()
	list, err := ingest.PrepareAgreements(ctx, s.agreementStore(), data)
	if errs := problemErrors(err, "file"); errs != nil {
		p.Errors = errs
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	} else if err != nil {
		return err
	}
	res, err := s.Agreements.ImportAgreements(ctx, list, true)
	if err != nil {
		return err
	}
	p.Agreements = list
	if p.Register, err = s.registerEntriesOf(c, list); err != nil {
		return err
	}
	p.Title, p.FileName, p.Data = "Check the import", name, base64.StdEncoding.EncodeToString(data)
	p.fill(res)
	return s.render(c, http.StatusOK, "upload_preview", p)
}

// handleUploadConfirm imports the previewed file in one transaction.
func (s *Server) handleUploadConfirm(c echo.Context) error {
	p := uploadPage{Page: s.page(c, "Upload an agreement", "agreements")}
	data, err := base64.StdEncoding.DecodeString(c.FormValue("data"))
	if err != nil || len(data) == 0 {
		p.Errors = []FieldError{{Field: "file", Message: "The checked file was lost: upload it again"}}
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	}
	from := ingest.FromFile(c.FormValue("filename"), userFrom(c).Actor())
	res, err := ingest.ImportAgreements(c.Request().Context(), s.agreementStore(), data, from, false)
	if errs := problemErrors(err, "file"); errs != nil {
		p.Errors = errs
		return s.render(c, http.StatusUnprocessableEntity, "upload", p)
	} else if err != nil {
		return err
	}
	p.fill(res)
	msg := "Imported " + c.FormValue("filename") + ": " + itoa(p.Created) + " created, " + itoa(p.Revised) + " revised, " + itoa(p.Same) + " unchanged."
	to := "/"
	var changed []benchmark.ImportOutcome
	for _, o := range res.Outcomes {
		if o.Action != benchmark.ImportUnchanged {
			changed = append(changed, o)
		}
	}
	if len(changed) == 1 {
		to = "/agreements/" + itoa(changed[0].AgreementID)
	}
	return redirect(c, to, msg)
}

// handleUploadTemplate downloads an empty agreement file.
func (s *Server) handleUploadTemplate(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentDisposition, `attachment; filename="svbench-agreement-template.csv"`)
	return c.Blob(http.StatusOK, "text/csv; charset=utf-8", ingest.TemplateCSV())
}

func (p *uploadPage) fill(res *benchmark.ImportResult) {
	p.Outcomes = res.Outcomes
	p.Created, p.Revised, p.Same = res.Count(benchmark.ImportCreated), res.Count(benchmark.ImportRevised), res.Count(benchmark.ImportUnchanged)
}

// readUploadFile reads the named field of a multipart form, whole and up to
// maxBytes, or returns a message for the person uploading: missing when no
// file was chosen.
func readUploadFile(c echo.Context, field string, maxBytes int64, missing string) (name string, data []byte, msg string) {
	fh, err := c.FormFile(field)
	if err != nil {
		return "", nil, missing
	}
	tooBig := "The selected file must be smaller than " + sizeText(maxBytes)
	if fh.Size > maxBytes {
		return fh.Filename, nil, tooBig
	}
	f, err := fh.Open()
	if err != nil {
		return fh.Filename, nil, "The selected file could not be read: upload it again"
	}
	defer f.Close()
	if data, err = io.ReadAll(io.LimitReader(f, maxBytes+1)); err != nil {
		return fh.Filename, nil, "The selected file could not be read: upload it again"
	}
	if int64(len(data)) > maxBytes {
		return fh.Filename, nil, tooBig
	}
	if len(data) == 0 {
		return fh.Filename, nil, "The selected file is empty"
	}
	return fh.Filename, data, ""
}

// sizeText writes n bytes in whole megabytes when it is one, else in bytes.
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10) + " MB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// problemErrors turns a file's problems into error-summary entries, each
// with its line and column, all linked to the file input. It returns nil
// when err is not a list of problems.
func problemErrors(err error, field string) []FieldError {
	var ps ingest.Problems
	if !errors.As(err, &ps) {
		return nil
	}
	out := make([]FieldError, len(ps))
	for i, p := range ps {
		msg := p.String()
		out[i] = FieldError{Field: field, Message: strings.ToUpper(msg[:1]) + msg[1:]}
	}
	return out
}
