// The referral form: a school can only be chosen for a youth who is enrolled ("ingeschreven: ja"). Without script
// the server refuses the combination with a message; with it, the choice is not offered at all.
(function () {
  var school = document.querySelector('[data-disabled-unless-enrolled]');
  if (!school) {
    return;
  }
  var radios = document.querySelectorAll('input[name="enrolled"]');
  function update() {
    var notEnrolled = document.querySelector('input[name="enrolled"][value="false"]:checked') !== null;
    if (notEnrolled) {
      school.value = '';
    }
    school.disabled = notEnrolled;
  }
  radios.forEach(function (radio) { radio.addEventListener('change', update); });
  update();
})();
