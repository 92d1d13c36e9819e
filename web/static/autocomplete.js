// autocomplete.js turns each long picker (a <select data-autocomplete>)
// into alphagov's accessible autocomplete: type part of a name, then
// choose it from the list by mouse or keyboard. Without JavaScript the
// <select> is used as it is; with it the select stays in the form, hidden,
// and carries the choice.
for (const select of document.querySelectorAll('select[data-autocomplete]')) {
  window.accessibleAutocomplete.enhanceSelectElement({
    selectElement: select,
    defaultValue: '',
    showAllValues: true,
    autoselect: false, // no typed-ahead hint box, which has no label of its own
    dropdownArrow: () => '',
    tNoResults: () => 'No authority matches',
  });
}
