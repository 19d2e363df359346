// Staff pages: GOV.UK Frontend plus MOJ Frontend (sortable tables, filters). Progressive enhancement only; a module
// file so the content security policy needs no 'unsafe-inline'.
import { initAll } from '/lib/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
initMoj()
