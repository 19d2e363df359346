// Progressive enhancement only: every page works without this file. Loaded as a module so the content security policy
// needs no 'unsafe-inline' (GOV.UK's template would otherwise add these classes with an inline script).
import { initAll } from '/lib/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
