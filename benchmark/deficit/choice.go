package deficit

// Choice records how a model reads a point its source leaves open, and why.
type Choice struct {
	ID       string
	Question string
	Answer   string
	Reason   string
}

// Risk is one row of a source's risk register.
type Risk struct {
	Row        int
	Workstream string
	Category   string
	Obstacle   string
	Impact     string
	Owner      string
}
