// The host page hands the widget its token as a property (never an attribute), once the tag is defined.
customElements.whenDefined('minutes-balance').then(() => {
  document.querySelector('minutes-balance').token = 'tok_a_admin';
});
