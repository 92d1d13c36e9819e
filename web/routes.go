package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/svbench/svbench/ingest"
)

// routes is the route table: every page and action svbench serves.
func (s *Server) routes() {
	e := s.echo
	e.Pre(middleware.RemoveTrailingSlashWithConfig(middleware.TrailingSlashConfig{RedirectCode: http.StatusMovedPermanently}))
	e.Use(middleware.Recover())
	// Refuse a body larger than the biggest file svbench reads (plus room for
	// the form around it) before anything, the cross-site check included,
	// reads it.
	e.Use(middleware.BodyLimit(strconv.Itoa((ingest.MaxFileSize+1<<20)>>20) + "M"))
	e.Use(securityHeaders)
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "form:_csrf,header:X-CSRF-Token",
		CookieName:     "svbench_csrf",
		CookiePath:     "/",
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteLaxMode,
		CookieMaxAge:   7 * 24 * 60 * 60, // a grid left open for a week still saves
		ErrorHandler:   csrfRefused,
		Skipper:        func(c echo.Context) bool { return c.Path() == "/healthz" },
	}))
	e.Use(s.loadEditor)

	e.GET("/healthz", s.handleHealth)
	e.GET("/static/*", echo.WrapHandler(staticHandler()))

	e.GET("/", s.handleHome)
	e.GET("/agreements/:id", s.handleAgreement)
	e.GET("/themes", s.handleThemes)
	e.GET("/themes/:id", s.handleTheme)
	e.GET("/authorities", s.handleAuthorities)
	e.GET("/authorities/:code", s.handleAuthority)
	e.GET("/assessments", s.handleAssessments)
	e.GET("/assessments/new", s.handleRoundForm)
	e.POST("/assessments", s.handleRoundCreate)
	e.GET("/assessments/:id", s.handleAssessment)
	e.GET("/assessments/:id/final", s.handleRoundFinalForm)
	e.POST("/assessments/:id/final", s.handleRoundFinal)
	e.GET("/assessments/:id/ratings", s.handleRatingGrid)
	e.GET("/assessments/:id/ratings/:rec", s.handleRatingHistory)
	e.POST("/assessments/:id/ratings/:rec", s.handleRatingSave)
	e.GET("/assessments/:id/history", s.handleRoundHistory)
	e.GET("/assessments/:id/summary", s.handleSummary)
	e.GET("/assessments/:id/movement", s.handleMovement)
	e.GET("/assessments/:id/report", s.handleReport)
	e.GET("/assessments/:id/export.xlsx", s.handleExportXLSX)
	e.GET("/assessments/:id/export.csv", s.handleExportCSV)
	e.GET("/compare", s.handleCompare)
	e.GET("/compare/export.xlsx", s.handleCompareExport("xlsx"))
	e.GET("/compare/export.csv", s.handleCompareExport("csv"))
	e.GET("/editor", s.handleEditorForm)
	e.POST("/editor", s.handleEditorSave)
	e.GET("/upload/agreements", s.handleUploadForm)
	e.POST("/upload/agreements", s.handleUploadPreview)
	e.POST("/upload/agreements/confirm", s.handleUploadConfirm)
	e.GET("/upload/agreements/template.csv", s.handleUploadTemplate)
	e.GET("/upload/ratings", s.handleRatingsUploadForm)
	e.POST("/upload/ratings", s.handleRatingsUpload)
	e.GET("/upload/ratings/template.csv", s.handleRatingsTemplate)
	e.GET("/mappings", s.handleMappings)
	e.POST("/mappings/:id", s.handleMappingReview)
	e.Match([]string{http.MethodGet, http.MethodPost}, "/model/:name", s.handleModel)

	// admin: put rounds right. Every route here is wrapped in requireAdmin.
	e.GET("/assessments/:id/rename", s.requireAdmin(s.handleRoundRenameForm))
	e.POST("/assessments/:id/rename", s.requireAdmin(s.handleRoundRename))
	e.GET("/assessments/:id/reopen", s.requireAdmin(s.handleRoundReopenForm))
	e.POST("/assessments/:id/reopen", s.requireAdmin(s.handleRoundReopen))
	e.GET("/assessments/:id/delete", s.requireAdmin(s.handleRoundDeleteForm))
	e.POST("/assessments/:id/delete", s.requireAdmin(s.handleRoundDelete))
	e.GET("/agreements/:id/remove", s.requireAdmin(s.handleAgreementRemoveForm))
	e.POST("/agreements/:id/remove", s.requireAdmin(s.handleAgreementRemove))
}
