/**
 * `_design/referent`, shipped with Referent and put into each committee's
 * database when a secretary shares it. CouchDB runs `validate_doc_update` on
 * every write: only the document kinds Referent writes; approvals,
 * rejections, reopenings and bilag are immutable (written once, at most
 * withdrawn); a member (a user with the role `medlem:<memberId>`) may write
 * nothing but their own approvals and rejections; everything else needs the
 * role `sekretaer` (or a server admin). Referent checks the same on arrival
 * (arrivalCheck.ts), since a server may not run the design document.
 *
 * The function is kept as source text: CouchDB evaluates it in its own engine.
 */
export const DESIGN_DOC_ID = '_design/referent';

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = (userCtx && userCtx.roles) || [];
  var admin = roles.indexOf('_admin') !== -1;
  var secretary = admin || roles.indexOf('sekretaer') !== -1;
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!admin) throw({ forbidden: 'Only a server admin may change design documents.' });
    return;
  }
  var type = newDoc._deleted ? (oldDoc && oldDoc.type) : newDoc.type;
  var kinds = ['udvalg', 'moede', 'punkt', 'godkendelse', 'afvisning', 'genaabning', 'bilag', 'log', 'konflikt'];
  if (!newDoc._deleted && kinds.indexOf(type) === -1) throw({ forbidden: 'Not a Referent document.' });
  var answer = type === 'godkendelse' || type === 'afvisning';
  var immutable = answer || type === 'genaabning' || type === 'bilag' || type === 'log';
  if (immutable && oldDoc && !oldDoc._deleted && !newDoc._deleted) throw({ forbidden: 'Approvals, rejections, reopenings, bilag and log entries are written once.' });
  if (secretary) return;
  if (answer && !newDoc._deleted) {
    var memberId = type === 'godkendelse' ? newDoc.approval && newDoc.approval.memberId : newDoc.rejection && newDoc.rejection.memberId;
    if (roles.indexOf('medlem:' + memberId) !== -1 && newDoc.couchUser === userCtx.name) return;
    throw({ forbidden: 'A member may write only their own approvals.' });
  }
  throw({ forbidden: 'Only a secretary may change the protocol.' });
}`;

export function designDocument(): { _id: string; validate_doc_update: string; language: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE };
}
