package benchmark

import "context"

// Services are the domain's services, as one storage implements them all.
// Adapters that read and write through the domain (the web, the exports)
// take this and never the storage itself.
type Services struct {
	Authorities AuthorityService
	Themes      ThemeService
	Agreements  AgreementService
	Assessments AssessmentService
	// Profiles stores the deficit profiles authorities supply.
	Profiles ProfileService
	// Ratings saves ratings with their history and closes rounds.
	Ratings RatingService
	// Mappings records people's review of suggested themes.
	Mappings MappingService
	// RoundAdmin renames, reopens and deletes rounds.
	RoundAdmin RoundAdminService
	// Removals undoes agreement uploads.
	Removals AgreementRemovalService
	// Users stores accounts, Sessions their signed-in browsers and Setup
	// the one-time link that creates the first admin.
	Users    UserService
	Sessions SessionService
	Setup    SetupService
	// Changes says when anything stored has changed, so that what was
	// built from it may be kept until then.
	Changes ChangeService
	// Sharing stores whether each authority shares its final rounds,
	// National reads what the national view counts.
	Sharing  SharingService
	National NationalService
	// Uploads keeps checked agreement files until they are confirmed.
	Uploads UploadService
	// Suggestions accepts suggested themes in bulk.
	Suggestions SuggestionService
	// Register is the public record of every published agreement.
	Register RegisterService
	// Scenarios keeps the deficit models' named scenarios.
	Scenarios ScenarioService
}

// ChangeService tells readers whether anything stored has changed.
type ChangeService interface {
	// DataVersion returns a number that differs from every earlier answer
	// whenever a change has been committed since, by any writer.
	DataVersion(ctx context.Context) (int64, error)
}
