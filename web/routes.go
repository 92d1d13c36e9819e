package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/svbench/svbench/ingest"
)

// routes is the route table: every page and action svbench serves, each
// with the rule saying who may use it (see authorize.go).
func (s *Server) routes() {
	e := s.echo
	// Security headers come first, so that every answer carries them: the
	// trailing-slash redirect and the 413 refusal included.
	e.Pre(securityHeaders)
	e.Pre(middleware.RemoveTrailingSlashWithConfig(middleware.TrailingSlashConfig{RedirectCode: http.StatusMovedPermanently}))
	e.Use(middleware.Recover())
	// Refuse a body larger than the biggest file svbench reads (plus room for
	// the form around it) before anything, the CSRF check included, reads it.
	e.Use(middleware.BodyLimit(strconv.Itoa((ingest.MaxFileSize+1<<20)>>20) + "M"))
	e.Use(s.loadSession, s.provideCSRF)

	r := s.route
	r(http.MethodGet, "/healthz", s.handleHealth, public)
	r(http.MethodGet, "/static/*", echo.WrapHandler(staticHandler()), public)

	r(http.MethodGet, "/signin", s.handleSignInForm, public)
	r(http.MethodPost, "/signin", s.handleSignIn, public)
	r(http.MethodPost, "/signout", s.handleSignOut, signedIn)
	r(http.MethodGet, "/setup", s.handleSetupForm, public)
	r(http.MethodPost, "/setup", s.handleSetup, public)
	// The pages the footer links to.
	r(http.MethodGet, "/help", s.handleHelp, public)
	r(http.MethodGet, "/accessibility", s.handleAccessibility, public)
	r(http.MethodGet, "/cookies", s.handleCookies, public)
	r(http.MethodGet, "/privacy", s.handlePrivacy, public)

	// Published documents; the home and authority pages list only the
	// rounds the visitor may read.
	r(http.MethodGet, "/", s.handleHome, public)
	r(http.MethodGet, "/agreements/:id", s.handleAgreement, public)
	r(http.MethodGet, "/register/:code/:round", s.handleRegisterEntry, public)
	r(http.MethodGet, "/about-the-programme", s.handleAbout, public)
	r(http.MethodGet, "/themes", s.handleThemes, public)
	r(http.MethodGet, "/themes/:id", s.handleTheme, public)
	r(http.MethodGet, "/authorities", s.handleAuthorities, public)
	r(http.MethodGet, "/authorities/:code", s.handleAuthority, public)
	// The model pages are public; a stored profile is shown only to those
	// who may read its authority, and stored only by its editors.
	r(http.MethodGet, "/model/:name", s.handleModel, public)
	r(http.MethodPost, "/model/:name", s.handleModel, public)
	// Saved scenarios: kept and deleted by the model's authority's editors
	// (the handler asks), listed and exported to the accounts that read it.
	r(http.MethodPost, "/model/:name/scenarios", s.handleScenarioSave, editorAnywhere)
	r(http.MethodPost, "/model/:name/scenarios/:id/delete", s.handleScenarioDelete, editorAnywhere)
	r(http.MethodGet, "/model/:name/scenarios.csv", s.handleScenariosExport("csv"), signedIn)
	r(http.MethodGet, "/model/:name/scenarios.xlsx", s.handleScenariosExport("xlsx"), signedIn)

	// Rounds.
	r(http.MethodGet, "/assessments", s.handleAssessments, signedIn)
	r(http.MethodGet, "/assessments/new", s.handleRoundForm, editorAnywhere)
	r(http.MethodPost, "/assessments", s.handleRoundCreate, editorAnywhere)
	r(http.MethodGet, "/assessments/:id", s.handleAssessment, canReadRound)
	r(http.MethodGet, "/assessments/:id/final", s.handleRoundFinalForm, canEditRound)
	r(http.MethodPost, "/assessments/:id/final", s.handleRoundFinal, canEditRound)
	r(http.MethodGet, "/assessments/:id/ratings", s.handleRatingGrid, canReadRound)
	r(http.MethodGet, "/assessments/:id/ratings/:rec", s.handleRatingHistory, canReadRound)
	r(http.MethodPost, "/assessments/:id/ratings/:rec", s.handleRatingSave, canEditRound)
	r(http.MethodGet, "/assessments/:id/history", s.handleRoundHistory, canReadRound)
	r(http.MethodGet, "/assessments/:id/summary", s.handleSummary, canReadRound)
	r(http.MethodGet, "/assessments/:id/movement", s.handleMovement, canReadRound)
	r(http.MethodGet, "/assessments/:id/actions", s.handleActions, canReadRound)
	r(http.MethodGet, "/assessments/:id/actions.csv", s.handleActionsCSV, canReadRound)
	r(http.MethodGet, "/assessments/:id/report", s.handleReport, canReadRound)
	r(http.MethodGet, "/assessments/:id/export.xlsx", s.handleExportXLSX, canReadRound)
	r(http.MethodGet, "/assessments/:id/export.csv", s.handleExportCSV, canReadRound)
	// Comparisons check every round they are given.
	r(http.MethodGet, "/compare", s.handleCompare, signedIn)
	r(http.MethodGet, "/compare/export.xlsx", s.handleCompareExport("xlsx"), signedIn)
	r(http.MethodGet, "/compare/export.csv", s.handleCompareExport("csv"), signedIn)
	// The national view counts only what authorities share; each
	// authority's editors decide what that is.
	r(http.MethodGet, "/national", s.handleNational, signedIn)
	r(http.MethodGet, "/national.xlsx", s.handleNationalXLSX, signedIn)
	r(http.MethodGet, "/national.csv", s.handleNationalCSV, signedIn)
	r(http.MethodGet, "/authorities/:code/sharing", s.handleSharingForm, canShare)
	r(http.MethodPost, "/authorities/:code/sharing", s.handleSharing, canShare)

	// Uploads and reviews.
	r(http.MethodGet, "/upload/agreements", s.handleUploadForm, canUpload)
	r(http.MethodPost, "/upload/agreements", s.handleUploadPreview, canUpload)
	r(http.MethodPost, "/upload/agreements/confirm", s.handleUploadConfirm, canUpload)
	r(http.MethodGet, "/upload/agreements/template.csv", s.handleUploadTemplate, public)
	r(http.MethodGet, "/upload/ratings", s.handleRatingsUploadForm, editorAnywhere)
	r(http.MethodPost, "/upload/ratings", s.handleRatingsUpload, editorAnywhere)
	r(http.MethodPost, "/upload/ratings/confirm", s.handleRatingsConfirm, editorAnywhere)
	r(http.MethodGet, "/upload/ratings/template.csv", s.handleRatingsTemplate, public)
	r(http.MethodGet, "/mappings", s.handleMappings, canReviewMappings)
	r(http.MethodPost, "/mappings/:id", s.handleMappingReview, canReviewMappings)
	r(http.MethodPost, "/mappings/accept", s.handleMappingsAccept, canReviewMappings)

	// Admins put rounds right and undo uploads.
	r(http.MethodGet, "/assessments/:id/rename", s.handleRoundRenameForm, admin)
	r(http.MethodPost, "/assessments/:id/rename", s.handleRoundRename, admin)
	r(http.MethodGet, "/assessments/:id/reopen", s.handleRoundReopenForm, admin)
	r(http.MethodPost, "/assessments/:id/reopen", s.handleRoundReopen, admin)
	r(http.MethodGet, "/assessments/:id/delete", s.handleRoundDeleteForm, admin)
	r(http.MethodPost, "/assessments/:id/delete", s.handleRoundDelete, admin)
	r(http.MethodGet, "/agreements/:id/remove", s.handleAgreementRemoveForm, admin)
	r(http.MethodPost, "/agreements/:id/remove", s.handleAgreementRemove, admin)
}
