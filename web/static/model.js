// The model page's preset list: choosing a preset fills in the fields it
// sets and clears the others, so the form shows what will run. Without
// the script the server fills them in after the run.
const preset = document.getElementById('preset')
const fields = ['slip_years', 'delivery_pct', 'funding_uplift_pct', 'spend_growth_pct', 'transfers_pct']
if (preset) {
  preset.addEventListener('change', () => {
    const option = preset.options[preset.selectedIndex]
    const sets = new URLSearchParams(option.dataset.sets || '')
    for (const id of fields) {
      const input = document.getElementById(id)
      if (input) input.value = sets.get(id) || ''
    }
    const years = sets.getAll('withhold')
    for (const box of document.querySelectorAll('input[name="withhold"]')) {
      box.checked = years.includes(box.value)
    }
  })
}
