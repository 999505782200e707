/* eslint-disable */
// @ts-nocheck
/**
 * Generated from schemas/*.schema.json by scripts/generate-types.mjs: the
 * schemas compiled by Ajv (standalone code, options in options.ts).
 * Do not edit: change the schema and run `npm run types`.
 */
import { createRequire } from 'node:module';
import * as formatsModule from './formats.js';
const require = createRequire(import.meta.url);

export const staff = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/staff.schema.json","title":"Staff","description":"A member of staff who receives or gives supervision: their tier, when they started and who has supervised them.","type":"object","properties":{"kind":{"description":"Always `staff`.","const":"staff"},"id":{"description":"The person's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"name":{"description":"Full name.","$ref":"common.schema.json#/$defs/personName"},"role":{"description":"Job title, such as Family Support Worker.","$ref":"common.schema.json#/$defs/text"},"tier":{"description":"Which supervision interval applies: a key of `policy.tiers` in the configuration.","$ref":"common.schema.json#/$defs/tierName"},"started":{"description":"First day in post.","$ref":"common.schema.json#/$defs/date"},"induction_until":{"description":"Last day of induction; the induction interval applies until then.","$ref":"common.schema.json#/$defs/date"},"left":{"description":"Last day in post; no sessions are due after it.","$ref":"common.schema.json#/$defs/date"},"records_from":{"description":"When supv's records of this person begin (their records were kept elsewhere before): nothing is due, overdue or charted before it. Overrides `policy.records_from`.","$ref":"common.schema.json#/$defs/date"},"supervisors":{"description":"Who has supervised this person, oldest first; the entry without `to` is the current supervisor.","type":"array","minItems":1,"items":{"title":"SupervisorSpell","description":"A period during which one person was the supervisor: a member of staff (`id`) or someone from outside (`external`).","type":"object","properties":{"id":{"description":"The supervisor (a staff id); `external` instead for a supervisor from outside.","$ref":"common.schema.json#/$defs/staffId"},"external":{"description":"The supervisor, when they are not on the staff (instead of `id`).","$ref":"common.schema.json#/$defs/externalSupervisor"},"from":{"description":"First day of the arrangement.","$ref":"common.schema.json#/$defs/date"},"to":{"description":"Last day of the arrangement; absent for the current supervisor.","$ref":"common.schema.json#/$defs/date"},"handover":{"description":"The session where the handover to this supervisor was recorded.","$ref":"common.schema.json#/$defs/id"}},"required":["from"],"additionalProperties":false,"$comment":"Either `id` or `external`, never both.","if":{"properties":{"external":true},"required":["external"]},"then":{"properties":{"id":false}},"else":{"properties":{"id":true},"required":["id"]}}},"supervision_training":{"description":"When they were trained in supervision skills; needed for anyone who supervises.","$ref":"common.schema.json#/$defs/date"},"safeguarding_training":{"description":"When they last completed safeguarding training; it lapses after `policy.safeguarding_training_refresh`.","$ref":"common.schema.json#/$defs/date"},"public_key":{"description":"The first release's single ed25519 public key (SPKI PEM or an `ssh-ed25519 AAAA...` line); read as one key whose `from` is the day of the commit that added it. New keys go in `keys`.","$ref":"common.schema.json#/$defs/publicKey"},"keys":{"description":"Their personal ed25519 keys, oldest first. Append-only: once committed, an entry is never edited or removed; only `until` may be added.","type":"array","minItems":1,"items":{"title":"StaffKey","description":"One personal key and the days it counts for signatures.","type":"object","properties":{"public_key":{"description":"The public key: SPKI PEM (what `supv keygen` prints) or an OpenSSH line `ssh-ed25519 AAAA... comment`.","$ref":"common.schema.json#/$defs/publicKey"},"from":{"description":"The first day the key counts for signatures; not earlier than the day of the commit that adds it.","$ref":"common.schema.json#/$defs/date"},"until":{"description":"The last day the key counts: set when the key is replaced or lost.","$ref":"common.schema.json#/$defs/date"}},"required":["public_key","from"],"additionalProperties":false}},"email":{"description":"Work email address.","type":"string","format":"email"},"line_manager":{"description":"Their line manager (a staff id), when not their supervisor.","$ref":"common.schema.json#/$defs/staffId"}},"required":["kind","id","name","role","tier","started","supervisors"],"additionalProperties":false};
const schema33 = {"$comment":"A record id: lower-case letters, digits and hyphens, starting with a letter or digit, at most 80 characters. It equals the file name without `.md`.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}$"};
const schema35 = {"$comment":"Plain text written by a person. Control characters (C0 but tab and newline, DEL, C1; a carriage return too, since YAML turns every line break of the file into a newline) are refused so that text printed to a terminal cannot act on it, and invisible and right-to-left control characters so that what a reader sees is what the file says.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"};
const schema37 = {"$comment":"The name of a tier in `policy.tiers`, such as `case-holder`.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}$"};
const schema38 = {"$comment":"A calendar date written YYYY-MM-DD, in the organisation's time zone.","type":"string","format":"date"};
const schema42 = {"$comment":"The id of a staff record, such as `sam-lee`.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}$"};
const schema52 = {"$comment":"An ed25519 public key: SPKI PEM, or an OpenSSH line as ssh-keygen and code hosts print it. Whether it is really ed25519 is checked by rule key-history.","type":"string","pattern":"^(?:-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*|ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}(?:[ \\t][^\\r\\n]*)?\\s*)$"};
const func0 = Object.prototype.hasOwnProperty;
const func71 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,79}$", "u");
const pattern5 = new RegExp("^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$", "u");
const pattern12 = new RegExp("^(?:-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*|ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}(?:[ \\t][^\\r\\n]*)?\\s*)$", "u");
const schema34 = {"$comment":"A person's name as it should appear on records.","$ref":"#/$defs/text"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func71(data) < 1){
const err0 = {instancePath,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern5.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema43 = {"title":"ExternalSupervisor","$comment":"A supervisor from outside the organisation: a local authority adviser, a commissioned supervisor.","type":"object","properties":{"name":{"description":"Their name, as records should show it.","$ref":"#/$defs/personName"},"organisation":{"description":"Who they work for, such as the local authority's safeguarding team.","$ref":"#/$defs/text"}},"required":["name"],"additionalProperties":false};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func71(data) < 1){
const err0 = {instancePath,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern5.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.name === undefined) || (!(func0.call(data, "name")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((key0 === "name") || (key0 === "organisation"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined && func0.call(data, "name")){
if(!(validate25(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.organisation !== undefined && func0.call(data, "organisation")){
let data1 = data.organisation;
if(typeof data1 === "string"){
if(func71(data1) < 1){
const err2 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern5.test(data1)){
const err3 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = formatsModule.formats.date;
const formats20 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/staff.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.kind === undefined) || (!(func0.call(data, "kind")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.id === undefined) || (!(func0.call(data, "id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.name === undefined) || (!(func0.call(data, "name")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.role === undefined) || (!(func0.call(data, "role")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.tier === undefined) || (!(func0.call(data, "tier")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.started === undefined) || (!(func0.call(data, "started")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started"},message:"must have required property '"+"started"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.supervisors === undefined) || (!(func0.call(data, "supervisors")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supervisors"},message:"must have required property '"+"supervisors"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema31.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined && func0.call(data, "kind")){
if("staff" !== data.kind){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "staff"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined && func0.call(data, "name")){
if(!(validate22(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.role !== undefined && func0.call(data, "role")){
let data3 = data.role;
if(typeof data3 === "string"){
if(func71(data3) < 1){
const err11 = {instancePath:instancePath+"/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern5.test(data3)){
const err12 = {instancePath:instancePath+"/role",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tier !== undefined && func0.call(data, "tier")){
let data4 = data.tier;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err14 = {instancePath:instancePath+"/tier",schemaPath:"common.schema.json#/$defs/tierName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/tier",schemaPath:"common.schema.json#/$defs/tierName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.started !== undefined && func0.call(data, "started")){
let data5 = data.started;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err16 = {instancePath:instancePath+"/started",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/started",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.induction_until !== undefined && func0.call(data, "induction_until")){
let data6 = data.induction_until;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err18 = {instancePath:instancePath+"/induction_until",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/induction_until",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.left !== undefined && func0.call(data, "left")){
let data7 = data.left;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err20 = {instancePath:instancePath+"/left",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/left",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.records_from !== undefined && func0.call(data, "records_from")){
let data8 = data.records_from;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err22 = {instancePath:instancePath+"/records_from",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/records_from",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.supervisors !== undefined && func0.call(data, "supervisors")){
let data9 = data.supervisors;
if(Array.isArray(data9)){
if(data9.length < 1){
const err24 = {instancePath:instancePath+"/supervisors",schemaPath:"#/properties/supervisors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs37 = errors;
let valid10 = true;
const _errs38 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing0;
if(((data10.external === undefined) || (!(func0.call(data10, "external")))) && (missing0 = "external")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid0 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs39 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id !== undefined && func0.call(data10, "id")){
const err26 = {instancePath:instancePath+"/supervisors/" + i0+"/id",schemaPath:"#/properties/supervisors/items/then/properties/id/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs39 === errors;
valid10 = _valid0;
if(valid10){
var props0 = {};
props0.id = true;
props0.external = true;
}
ifClause0 = "then";
}
else {
const _errs40 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if((data10.id === undefined) || (!(func0.call(data10, "id")))){
const err27 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs40 === errors;
valid10 = _valid0;
if(valid10){
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
}
}
ifClause0 = "else";
}
if(!valid10){
const err28 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if((data10.from === undefined) || (!(func0.call(data10, "from")))){
const err29 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 of Object.keys(data10)){
if(!(((((key1 === "id") || (key1 === "external")) || (key1 === "from")) || (key1 === "to")) || (key1 === "handover"))){
const err30 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.id !== undefined && func0.call(data10, "id")){
let data12 = data10.id;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err31 = {instancePath:instancePath+"/supervisors/" + i0+"/id",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/supervisors/" + i0+"/id",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.external !== undefined && func0.call(data10, "external")){
if(!(validate24(data10.external, {instancePath:instancePath+"/supervisors/" + i0+"/external",parentData:data10,parentDataProperty:"external",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data10.from !== undefined && func0.call(data10, "from")){
let data14 = data10.from;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err33 = {instancePath:instancePath+"/supervisors/" + i0+"/from",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/supervisors/" + i0+"/from",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.to !== undefined && func0.call(data10, "to")){
let data15 = data10.to;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err35 = {instancePath:instancePath+"/supervisors/" + i0+"/to",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/supervisors/" + i0+"/to",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.handover !== undefined && func0.call(data10, "handover")){
let data16 = data10.handover;
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
const err37 = {instancePath:instancePath+"/supervisors/" + i0+"/handover",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/supervisors/" + i0+"/handover",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/supervisors",schemaPath:"#/properties/supervisors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.supervision_training !== undefined && func0.call(data, "supervision_training")){
let data17 = data.supervision_training;
if(typeof data17 === "string"){
if(!(formats0.validate(data17))){
const err41 = {instancePath:instancePath+"/supervision_training",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/supervision_training",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.safeguarding_training !== undefined && func0.call(data, "safeguarding_training")){
let data18 = data.safeguarding_training;
if(typeof data18 === "string"){
if(!(formats0.validate(data18))){
const err43 = {instancePath:instancePath+"/safeguarding_training",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/safeguarding_training",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.public_key !== undefined && func0.call(data, "public_key")){
let data19 = data.public_key;
if(typeof data19 === "string"){
if(!pattern12.test(data19)){
const err45 = {instancePath:instancePath+"/public_key",schemaPath:"common.schema.json#/$defs/publicKey/pattern",keyword:"pattern",params:{pattern: "^(?:-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*|ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}(?:[ \\t][^\\r\\n]*)?\\s*)$"},message:"must match pattern \""+"^(?:-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*|ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}(?:[ \\t][^\\r\\n]*)?\\s*)$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/public_key",schemaPath:"common.schema.json#/$defs/publicKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.keys !== undefined && func0.call(data, "keys")){
let data20 = data.keys;
if(Array.isArray(data20)){
if(data20.length < 1){
const err47 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if((data21.public_key === undefined) || (!(func0.call(data21, "public_key")))){
const err48 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "public_key"},message:"must have required property '"+"public_key"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((data21.from === undefined) || (!(func0.call(data21, "from")))){
const err49 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key2 of Object.keys(data21)){
if(!(((key2 === "public_key") || (key2 === "from")) || (key2 === "until"))){
const err50 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data21.public_key !== undefined && func0.call(data21, "public_key")){
let data22 = data21.public_key;
if(typeof data22 === "string"){
if(!pattern12.test(data22)){
const err51 = {instancePath:instancePath+"/keys/" + i1+"/public_key",schemaPath:"common.schema.json#/$defs/publicKey/pattern",keyword:"pattern",params:{pattern: "^(?:-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*|ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}(?:[ \\t][^\\r\\n]*)?\\s*)$"},message:"must match pattern \""+"^(?:-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*|ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}(?:[ \\t][^\\r\\n]*)?\\s*)$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/keys/" + i1+"/public_key",schemaPath:"common.schema.json#/$defs/publicKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data21.from !== undefined && func0.call(data21, "from")){
let data23 = data21.from;
if(typeof data23 === "string"){
if(!(formats0.validate(data23))){
const err53 = {instancePath:instancePath+"/keys/" + i1+"/from",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/keys/" + i1+"/from",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data21.until !== undefined && func0.call(data21, "until")){
let data24 = data21.until;
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err55 = {instancePath:instancePath+"/keys/" + i1+"/until",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/keys/" + i1+"/until",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.email !== undefined && func0.call(data, "email")){
let data25 = data.email;
if(typeof data25 === "string"){
if(!(formats20.test(data25))){
const err59 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.line_manager !== undefined && func0.call(data, "line_manager")){
let data26 = data.line_manager;
if(typeof data26 === "string"){
if(!pattern4.test(data26)){
const err61 = {instancePath:instancePath+"/line_manager",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/line_manager",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const contract = validate28;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/contract.schema.json","title":"Contract","description":"A supervision contract, agreed and signed by supervisor and supervisee at the start and reviewed each year. The body sets out the purpose of supervision and both parties' responsibilities.","type":"object","properties":{"kind":{"description":"Always `contract`.","const":"contract"},"id":{"description":"The contract's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"supervisee":{"description":"The person supervised (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"supervisor":{"description":"The supervisor (a staff id); `supervisor_external` instead when the supervisor is not on the staff.","$ref":"common.schema.json#/$defs/staffId"},"supervisor_external":{"description":"The supervisor, when they are not on the staff (a local authority adviser, a commissioned supervisor), instead of `supervisor`; their signature is optional.","$ref":"common.schema.json#/$defs/externalSupervisor"},"agreed":{"description":"When the contract was agreed.","$ref":"common.schema.json#/$defs/date"},"frequency":{"description":"The longest gap allowed between sessions, such as P4W.","$ref":"common.schema.json#/$defs/duration"},"schedule":{"description":"How often they meet when it changes during the contract (a staged tier, induction), in words: every stage with the date it ends, such as \"weekly for the first 6 weeks (to 2026-10-13), then every 2 weeks until 6 months (to 2027-03-01), then every 4 weeks\". `frequency` is the one that applies on `agreed`. The contract PDF prints it as agreed.","$ref":"common.schema.json#/$defs/text"},"duration_minutes":{"description":"The usual length of a session in minutes.","$ref":"common.schema.json#/$defs/minutes"},"review_due":{"description":"When the contract is next reviewed; defaults to `agreed` plus `policy.contract_review`.","$ref":"common.schema.json#/$defs/date"},"dispute_resolution":{"description":"Who resolves a disagreement between supervisor and supervisee, as agreed in the contract (required: the contract PDF prints only what the record says).","$ref":"common.schema.json#/$defs/text"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","supervisee","agreed","frequency","dispute_resolution"],"additionalProperties":false,"if":{"properties":{"supervisor_external":true},"required":["supervisor_external"]},"then":{"properties":{"supervisor":false}},"else":{"properties":{"supervisor":true},"required":["supervisor"]}};
const schema64 = {"$comment":"An ISO 8601 duration such as P4W (four weeks), P3M, P1Y, P7D or PT60M.","type":"string","format":"duration"};
const schema66 = {"$comment":"A length of time in whole minutes, at most one day.","type":"integer","minimum":1,"maximum":1440};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.name === undefined) || (!(func0.call(data, "name")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((key0 === "name") || (key0 === "organisation"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined && func0.call(data, "name")){
if(!(validate25(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.organisation !== undefined && func0.call(data, "organisation")){
let data1 = data.organisation;
if(typeof data1 === "string"){
if(func71(data1) < 1){
const err2 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern5.test(data1)){
const err3 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"description":"Sign-offs, oldest first. Always the last field of the frontmatter; signing appends to it.","type":"array","items":{"$ref":"#/$defs/signature"}};
const schema70 = {"title":"Signature","description":"One person's sign-off of the record as it stood when they signed.","type":"object","properties":{"role":{"description":"The capacity in which they signed.","enum":["supervisor","supervisee","attendee","manager","auditor"]},"by":{"description":"Who signed (a staff id).","$ref":"#/$defs/staffId"},"at":{"description":"When they signed.","$ref":"#/$defs/timestamp"},"sha256":{"description":"SHA-256 of the record's content when signed, as 64 lower-case hex digits.","type":"string","pattern":"^[0-9a-f]{64}$"},"key":{"description":"The fingerprint of the personal key used for `sig`, as `ssh-keygen -l` prints it (SHA256:...).","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}$"},"sig":{"description":"Optional ed25519 signature by the signer's personal key, in base64.","type":"string","minLength":4,"pattern":"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"}},"required":["role","by","at","sha256"],"additionalProperties":false};
const schema72 = {"$comment":"An RFC 3339 timestamp with its offset from UTC, such as 2025-02-04T10:12:00+00:00. The pattern narrows RFC 3339 to the one spelling other tools read everywhere: upper-case T and Z, seconds present, offset required.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"};
const pattern22 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
const pattern23 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern24 = new RegExp("^SHA256:[A-Za-z0-9+/]{43}$", "u");
const pattern25 = new RegExp("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", "u");
const formats28 = formatsModule.formats["date-time"];

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.role === undefined) || (!(func0.call(data, "role")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.by === undefined) || (!(func0.call(data, "by")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.at === undefined) || (!(func0.call(data, "at")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.sha256 === undefined) || (!(func0.call(data, "sha256")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((key0 === "role") || (key0 === "by")) || (key0 === "at")) || (key0 === "sha256")) || (key0 === "key")) || (key0 === "sig"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.role !== undefined && func0.call(data, "role")){
let data0 = data.role;
if(!(((((data0 === "supervisor") || (data0 === "supervisee")) || (data0 === "attendee")) || (data0 === "manager")) || (data0 === "auditor"))){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema70.properties.role.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.by !== undefined && func0.call(data, "by")){
let data1 = data.by;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/by",schemaPath:"#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/by",schemaPath:"#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined && func0.call(data, "at")){
let data2 = data.at;
if(typeof data2 === "string"){
if(!pattern22.test(data2)){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats28.validate(data2))){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sha256 !== undefined && func0.call(data, "sha256")){
let data3 = data.sha256;
if(typeof data3 === "string"){
if(!pattern23.test(data3)){
const err11 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.key !== undefined && func0.call(data, "key")){
let data4 = data.key;
if(typeof data4 === "string"){
if(!pattern24.test(data4)){
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^SHA256:[A-Za-z0-9+/]{43}$"},message:"must match pattern \""+"^SHA256:[A-Za-z0-9+/]{43}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.sig !== undefined && func0.call(data, "sig")){
let data5 = data.sig;
if(typeof data5 === "string"){
if(func71(data5) < 4){
const err15 = {instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern25.test(data5)){
const err16 = {instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const formats24 = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/contract.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.supervisor_external === undefined) || (!(func0.call(data, "supervisor_external")))) && (missing0 = "supervisor_external")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.supervisor !== undefined && func0.call(data, "supervisor")){
const err1 = {instancePath:instancePath+"/supervisor",schemaPath:"#/then/properties/supervisor/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.supervisor = true;
props0.supervisor_external = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.supervisor === undefined) || (!(func0.call(data, "supervisor")))){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "supervisor"},message:"must have required property '"+"supervisor"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.supervisor = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.kind === undefined) || (!(func0.call(data, "kind")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.id === undefined) || (!(func0.call(data, "id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.supervisee === undefined) || (!(func0.call(data, "supervisee")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supervisee"},message:"must have required property '"+"supervisee"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.agreed === undefined) || (!(func0.call(data, "agreed")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agreed"},message:"must have required property '"+"agreed"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.frequency === undefined) || (!(func0.call(data, "frequency")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "frequency"},message:"must have required property '"+"frequency"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.dispute_resolution === undefined) || (!(func0.call(data, "dispute_resolution")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dispute_resolution"},message:"must have required property '"+"dispute_resolution"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema57.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined && func0.call(data, "kind")){
if("contract" !== data.kind){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "contract"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.supervisee !== undefined && func0.call(data, "supervisee")){
let data3 = data.supervisee;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err14 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.supervisor !== undefined && func0.call(data, "supervisor")){
let data4 = data.supervisor;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err16 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.supervisor_external !== undefined && func0.call(data, "supervisor_external")){
if(!(validate29(data.supervisor_external, {instancePath:instancePath+"/supervisor_external",parentData:data,parentDataProperty:"supervisor_external",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.agreed !== undefined && func0.call(data, "agreed")){
let data6 = data.agreed;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err18 = {instancePath:instancePath+"/agreed",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/agreed",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.frequency !== undefined && func0.call(data, "frequency")){
let data7 = data.frequency;
if(typeof data7 === "string"){
if(!(formats24.test(data7))){
const err20 = {instancePath:instancePath+"/frequency",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/frequency",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.schedule !== undefined && func0.call(data, "schedule")){
let data8 = data.schedule;
if(typeof data8 === "string"){
if(func71(data8) < 1){
const err22 = {instancePath:instancePath+"/schedule",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern5.test(data8)){
const err23 = {instancePath:instancePath+"/schedule",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/schedule",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.duration_minutes !== undefined && func0.call(data, "duration_minutes")){
let data9 = data.duration_minutes;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1440 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.review_due !== undefined && func0.call(data, "review_due")){
let data10 = data.review_due;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err28 = {instancePath:instancePath+"/review_due",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/review_due",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.dispute_resolution !== undefined && func0.call(data, "dispute_resolution")){
let data11 = data.dispute_resolution;
if(typeof data11 === "string"){
if(func71(data11) < 1){
const err30 = {instancePath:instancePath+"/dispute_resolution",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern5.test(data11)){
const err31 = {instancePath:instancePath+"/dispute_resolution",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/dispute_resolution",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate32(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const session = validate36;
const schema73 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/session.schema.json","title":"Session","description":"The record of one supervision session, written by the supervisor and signed by the supervisor and the supervisee or every attendee. The body is the record itself: events, risks, protective factors, strengths, case discussion, team and wellbeing issues.","type":"object","properties":{"kind":{"description":"Always `session`.","const":"session"},"id":{"description":"The session's id, such as 2025-02-03-jo-bloggs; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"date":{"description":"When the session took place.","$ref":"common.schema.json#/$defs/date"},"type":{"description":"What kind of session: one supervisee (one-to-one, peer, ad-hoc, or a three-way meeting, the escalation meeting with the line manager or a governor) or several attendees (group, joint-agency).","enum":["one-to-one","group","peer","ad-hoc","joint-agency","three-way"]},"supervisor":{"description":"Who led the session (a staff id); `supervisor_external` instead when the supervisor is not on the staff.","$ref":"common.schema.json#/$defs/staffId"},"supervisor_external":{"$ref":"common.schema.json#/$defs/externalSupervisor","description":"Who led the session, when they are not on the staff (a local authority adviser, a commissioned supervisor), instead of `supervisor`."},"supervisee":{"description":"The person supervised (a staff id); for one-to-one, peer and ad-hoc sessions.","$ref":"common.schema.json#/$defs/staffId"},"attendees":{"description":"Everyone supervised (staff ids); for group and joint-agency sessions. Someone from another agency who attended is listed as `{ name, agency, role }`: they sign nothing and the session does not count toward anyone's interval for them.","type":"array","minItems":1,"uniqueItems":true,"items":{"$comment":"A staff id, or a person from outside the organisation.","if":{"type":"string"},"then":{"$ref":"common.schema.json#/$defs/staffId"},"else":{"title":"ExternalAttendee","description":"Someone from another agency (a social worker, a health visitor) who attended; not staff.","type":"object","properties":{"name":{"description":"Their name.","$ref":"common.schema.json#/$defs/personName"},"agency":{"description":"The agency they work for, such as Children's Social Care.","$ref":"common.schema.json#/$defs/text"},"role":{"description":"Their role, such as Social Worker.","$ref":"common.schema.json#/$defs/text"}},"required":["name","agency"],"additionalProperties":false}}},"confidentiality_agreed":{"description":"Whether the boundaries of confidentiality were agreed; for group and joint-agency sessions.","type":"boolean"},"outcome":{"description":"What the three-way meeting agreed, to put the supervision back on track; required for a three-way meeting.","$ref":"common.schema.json#/$defs/text"},"line_manager":{"description":"The line manager at a three-way meeting (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"governor":{"description":"The governor at a three-way meeting, when the head is the supervisor or line manager (a name).","$ref":"common.schema.json#/$defs/personName"},"duration_minutes":{"description":"How long the session lasted, in minutes.","$ref":"common.schema.json#/$defs/minutes"},"functions":{"description":"Which functions of supervision the session covered.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["accountability","development","support"]}},"cases_coverage":{"description":"Whether every case was discussed (`all`) or a sample.","enum":["all","sample"]},"cases":{"description":"The cases discussed.","type":"array","items":{"title":"CaseDiscussed","description":"One case discussed in the session.","type":"object","properties":{"ref":{"$ref":"common.schema.json#/$defs/caseRef"},"status":{"description":"The case's status: child in need, child protection, looked after, CAF, early help, none, or closed (the case closes with this session).","enum":["CIN","CP","LAC","CAF","EH","none","closed"]},"status_changed":{"description":"When the status last changed.","$ref":"common.schema.json#/$defs/date"},"decision":{"description":"The decision record, when a decision was made (a decision id).","$ref":"common.schema.json#/$defs/id"},"child_file":{"description":"When this discussion was recorded on the child's file.","$ref":"common.schema.json#/$defs/date"},"worker_actions":{"description":"What the worker has done since the last discussion.","$ref":"common.schema.json#/$defs/text"},"risks":{"description":"The risks to the child.","$ref":"common.schema.json#/$defs/text"},"protective_factors":{"description":"The protective factors around the child.","$ref":"common.schema.json#/$defs/text"},"strengths":{"description":"The family's strengths.","$ref":"common.schema.json#/$defs/text"},"role":{"description":"The worker's role with the family.","$ref":"common.schema.json#/$defs/text"},"delivery_plan":{"description":"The plan for delivering the work with the family.","$ref":"common.schema.json#/$defs/text"},"note":{"description":"A short note.","$ref":"common.schema.json#/$defs/text"}},"required":["ref","status"],"additionalProperties":false}},"actions":{"$ref":"common.schema.json#/$defs/actions"},"actions_reviewed":{"description":"Every action of the previous session, and what became of it.","type":"array","items":{"title":"ActionReviewed","description":"An earlier action reviewed in this session.","type":"object","properties":{"ref":{"description":"The action, as `<session id>#<action id>`, such as 2025-01-06-jo-bloggs#A2.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$"},"status":{"description":"What became of it.","enum":["done","carried","dropped"]},"note":{"description":"A short note.","$ref":"common.schema.json#/$defs/text"},"due":{"description":"A carried action's new due date; only with `status: carried`. The action stays open until a later session reviews it as done or dropped.","$ref":"common.schema.json#/$defs/date"}},"required":["ref","status"],"if":{"properties":{"due":true},"required":["due"]},"then":{"properties":{"status":{"const":"carried","description":"Only a carried action takes a new `due`."}}},"additionalProperties":false}},"next_meeting":{"description":"When the next session is planned.","$ref":"common.schema.json#/$defs/date"},"location":{"description":"Where the session took place.","$ref":"common.schema.json#/$defs/text"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","date","type","duration_minutes","functions"],"additionalProperties":false,"allOf":[{"$comment":"Sessions with one supervisee (a three-way meeting too) name them and have no attendees. (`supervisee: true` only declares the property for Ajv's strictRequired.)","if":{"properties":{"type":{"enum":["one-to-one","peer","ad-hoc","three-way"]}},"required":["type"]},"then":{"properties":{"supervisee":true,"attendees":false},"required":["supervisee"]}},{"$comment":"Group sessions list everyone and record that confidentiality was agreed (a policy requirement).","if":{"properties":{"type":{"enum":["group","joint-agency"]}},"required":["type"]},"then":{"properties":{"attendees":true,"confidentiality_agreed":true,"supervisee":false},"required":["attendees","confidentiality_agreed"]}},{"$comment":"Every session names who led it: a staff id in `supervisor`, or an external supervisor in `supervisor_external`, never both.","if":{"properties":{"supervisor_external":true},"required":["supervisor_external"]},"then":{"properties":{"supervisor":false}},"else":{"properties":{"supervisor":true},"required":["supervisor"]}},{"$comment":"A three-way meeting records what it agreed; the fields of the meeting belong to it alone.","if":{"properties":{"type":{"const":"three-way"}},"required":["type"]},"then":{"properties":{"outcome":true},"required":["outcome"]},"else":{"properties":{"outcome":false,"line_manager":false,"governor":false}}}]};
const schema88 = {"description":"A case reference: capital letters, digits and hyphens, such as FAM-0042.","type":"string","pattern":"^[A-Z0-9][A-Z0-9-]{0,31}$"};
const func27 = require("ajv/dist/runtime/equal").default;
const pattern36 = new RegExp("^[A-Z0-9][A-Z0-9-]{0,31}$", "u");
const pattern49 = new RegExp("^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.name === undefined) || (!(func0.call(data, "name")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((key0 === "name") || (key0 === "organisation"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined && func0.call(data, "name")){
if(!(validate25(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.organisation !== undefined && func0.call(data, "organisation")){
let data1 = data.organisation;
if(typeof data1 === "string"){
if(func71(data1) < 1){
const err2 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern5.test(data1)){
const err3 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/organisation",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func71(data) < 1){
const err0 = {instancePath,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern5.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema99 = {"description":"Action points agreed, each with an owner and a due date.","type":"array","items":{"$ref":"#/$defs/action"}};
const schema100 = {"title":"Action","description":"An action point agreed in supervision.","type":"object","properties":{"id":{"$ref":"#/$defs/actionId"},"text":{"description":"What is to be done.","$ref":"#/$defs/text"},"owner":{"description":"Who will do it (a staff id).","$ref":"#/$defs/staffId"},"due":{"description":"When it is due.","$ref":"#/$defs/date"},"case":{"description":"The case the action is about (a case reference), when it is about one child.","$ref":"#/$defs/caseRef"}},"required":["id","text","owner","due"],"additionalProperties":false};
const schema101 = {"description":"An action's id within its record: a capital letter then up to nine capitals or digits, such as A1 or D1.","type":"string","pattern":"^[A-Z][A-Z0-9]{0,9}$"};
const pattern45 = new RegExp("^[A-Z][A-Z0-9]{0,9}$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.id === undefined) || (!(func0.call(data, "id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.text === undefined) || (!(func0.call(data, "text")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.owner === undefined) || (!(func0.call(data, "owner")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.due === undefined) || (!(func0.call(data, "due")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "due"},message:"must have required property '"+"due"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(((((key0 === "id") || (key0 === "text")) || (key0 === "owner")) || (key0 === "due")) || (key0 === "case"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern45.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/actionId/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]{0,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]{0,9}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/actionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.text !== undefined && func0.call(data, "text")){
let data1 = data.text;
if(typeof data1 === "string"){
if(func71(data1) < 1){
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern5.test(data1)){
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.owner !== undefined && func0.call(data, "owner")){
let data2 = data.owner;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.due !== undefined && func0.call(data, "due")){
let data3 = data.due;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err12 = {instancePath:instancePath+"/due",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/due",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.case !== undefined && func0.call(data, "case")){
let data4 = data.case;
if(typeof data4 === "string"){
if(!pattern36.test(data4)){
const err14 = {instancePath:instancePath+"/case",schemaPath:"#/$defs/caseRef/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9][A-Z0-9-]{0,31}$"},message:"must match pattern \""+"^[A-Z0-9][A-Z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/case",schemaPath:"#/$defs/caseRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/session.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) || (!(func0.call(data, "type")))) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined && func0.call(data, "type")){
let data0 = data.type;
if(!((((data0 === "one-to-one") || (data0 === "peer")) || (data0 === "ad-hoc")) || (data0 === "three-way"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.supervisee === undefined) || (!(func0.call(data, "supervisee")))){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "supervisee"},message:"must have required property '"+"supervisee"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.attendees !== undefined && func0.call(data, "attendees")){
const err3 = {instancePath:instancePath+"/attendees",schemaPath:"#/allOf/0/then/properties/attendees/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.supervisee = true;
props0.attendees = true;
props0.type = true;
}
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) || (!(func0.call(data, "type")))) && (missing1 = "type")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data.type !== undefined && func0.call(data, "type")){
let data2 = data.type;
if(!((data2 === "group") || (data2 === "joint-agency"))){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.attendees === undefined) || (!(func0.call(data, "attendees")))){
const err7 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "attendees"},message:"must have required property '"+"attendees"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.confidentiality_agreed === undefined) || (!(func0.call(data, "confidentiality_agreed")))){
const err8 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "confidentiality_agreed"},message:"must have required property '"+"confidentiality_agreed"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.supervisee !== undefined && func0.call(data, "supervisee")){
const err9 = {instancePath:instancePath+"/supervisee",schemaPath:"#/allOf/1/then/properties/supervisee/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.attendees = true;
props1.confidentiality_agreed = true;
props1.supervisee = true;
props1.type = true;
}
}
if(!valid4){
const err10 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs15 = errors;
let valid7 = true;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.supervisor_external === undefined) || (!(func0.call(data, "supervisor_external")))) && (missing2 = "supervisor_external")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid2 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid2){
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.supervisor !== undefined && func0.call(data, "supervisor")){
const err12 = {instancePath:instancePath+"/supervisor",schemaPath:"#/allOf/2/then/properties/supervisor/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs17 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.supervisor = true;
props2.supervisor_external = true;
}
ifClause0 = "then";
}
else {
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.supervisor === undefined) || (!(func0.call(data, "supervisor")))){
const err13 = {instancePath,schemaPath:"#/allOf/2/else/required",keyword:"required",params:{missingProperty: "supervisor"},message:"must have required property '"+"supervisor"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid2 = _errs18 === errors;
valid7 = _valid2;
if(valid7){
if(props2 !== true){
props2 = props2 || {};
props2.supervisor = true;
}
}
ifClause0 = "else";
}
if(!valid7){
const err14 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs21 = errors;
let valid9 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.type === undefined) || (!(func0.call(data, "type")))) && (missing3 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.type !== undefined && func0.call(data, "type")){
if("three-way" !== data.type){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid3 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid3){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.outcome === undefined) || (!(func0.call(data, "outcome")))){
const err17 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid3 = _errs24 === errors;
valid9 = _valid3;
if(valid9){
var props3 = {};
props3.outcome = true;
props3.type = true;
}
ifClause1 = "then";
}
else {
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outcome !== undefined && func0.call(data, "outcome")){
const err18 = {instancePath:instancePath+"/outcome",schemaPath:"#/allOf/3/else/properties/outcome/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.line_manager !== undefined && func0.call(data, "line_manager")){
const err19 = {instancePath:instancePath+"/line_manager",schemaPath:"#/allOf/3/else/properties/line_manager/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.governor !== undefined && func0.call(data, "governor")){
const err20 = {instancePath:instancePath+"/governor",schemaPath:"#/allOf/3/else/properties/governor/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var _valid3 = _errs25 === errors;
valid9 = _valid3;
if(valid9){
if(props3 !== true){
props3 = props3 || {};
props3.outcome = true;
props3.line_manager = true;
props3.governor = true;
}
}
ifClause1 = "else";
}
if(!valid9){
const err21 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.kind === undefined) || (!(func0.call(data, "kind")))){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((data.id === undefined) || (!(func0.call(data, "id")))){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((data.date === undefined) || (!(func0.call(data, "date")))){
const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((data.type === undefined) || (!(func0.call(data, "type")))){
const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((data.duration_minutes === undefined) || (!(func0.call(data, "duration_minutes")))){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duration_minutes"},message:"must have required property '"+"duration_minutes"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((data.functions === undefined) || (!(func0.call(data, "functions")))){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "functions"},message:"must have required property '"+"functions"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema73.properties, key0))){
const err28 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.kind !== undefined && func0.call(data, "kind")){
if("session" !== data.kind){
const err29 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "session"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data10 = data.id;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err30 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.date !== undefined && func0.call(data, "date")){
let data11 = data.date;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err32 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.type !== undefined && func0.call(data, "type")){
let data12 = data.type;
if(!((((((data12 === "one-to-one") || (data12 === "group")) || (data12 === "peer")) || (data12 === "ad-hoc")) || (data12 === "joint-agency")) || (data12 === "three-way"))){
const err34 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema73.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.supervisor !== undefined && func0.call(data, "supervisor")){
let data13 = data.supervisor;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err35 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.supervisor_external !== undefined && func0.call(data, "supervisor_external")){
if(!(validate37(data.supervisor_external, {instancePath:instancePath+"/supervisor_external",parentData:data,parentDataProperty:"supervisor_external",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.supervisee !== undefined && func0.call(data, "supervisee")){
let data15 = data.supervisee;
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err37 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.attendees !== undefined && func0.call(data, "attendees")){
let data16 = data.attendees;
if(Array.isArray(data16)){
if(data16.length < 1){
const err39 = {instancePath:instancePath+"/attendees",schemaPath:"#/properties/attendees/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs50 = errors;
let valid19 = true;
const _errs51 = errors;
if(typeof data17 !== "string"){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid4 = _errs51 === errors;
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid4){
const _errs53 = errors;
if(typeof data17 === "string"){
if(!pattern4.test(data17)){
const err41 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid4 = _errs53 === errors;
valid19 = _valid4;
ifClause2 = "then";
}
else {
const _errs57 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if((data17.name === undefined) || (!(func0.call(data17, "name")))){
const err43 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((data17.agency === undefined) || (!(func0.call(data17, "agency")))){
const err44 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/required",keyword:"required",params:{missingProperty: "agency"},message:"must have required property '"+"agency"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key1 of Object.keys(data17)){
if(!(((key1 === "name") || (key1 === "agency")) || (key1 === "role"))){
const err45 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.name !== undefined && func0.call(data17, "name")){
if(!(validate40(data17.name, {instancePath:instancePath+"/attendees/" + i0+"/name",parentData:data17,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data17.agency !== undefined && func0.call(data17, "agency")){
let data19 = data17.agency;
if(typeof data19 === "string"){
if(func71(data19) < 1){
const err46 = {instancePath:instancePath+"/attendees/" + i0+"/agency",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern5.test(data19)){
const err47 = {instancePath:instancePath+"/attendees/" + i0+"/agency",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/attendees/" + i0+"/agency",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.role !== undefined && func0.call(data17, "role")){
let data20 = data17.role;
if(typeof data20 === "string"){
if(func71(data20) < 1){
const err49 = {instancePath:instancePath+"/attendees/" + i0+"/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern5.test(data20)){
const err50 = {instancePath:instancePath+"/attendees/" + i0+"/role",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/attendees/" + i0+"/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid4 = _errs57 === errors;
valid19 = _valid4;
ifClause2 = "else";
}
if(!valid19){
const err53 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i1 = data16.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func27(data16[i1], data16[j0])){
const err54 = {instancePath:instancePath+"/attendees",schemaPath:"#/properties/attendees/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/attendees",schemaPath:"#/properties/attendees/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.confidentiality_agreed !== undefined && func0.call(data, "confidentiality_agreed")){
if(typeof data.confidentiality_agreed !== "boolean"){
const err56 = {instancePath:instancePath+"/confidentiality_agreed",schemaPath:"#/properties/confidentiality_agreed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.outcome !== undefined && func0.call(data, "outcome")){
let data22 = data.outcome;
if(typeof data22 === "string"){
if(func71(data22) < 1){
const err57 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern5.test(data22)){
const err58 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.line_manager !== undefined && func0.call(data, "line_manager")){
let data23 = data.line_manager;
if(typeof data23 === "string"){
if(!pattern4.test(data23)){
const err60 = {instancePath:instancePath+"/line_manager",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/line_manager",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.governor !== undefined && func0.call(data, "governor")){
if(!(validate40(data.governor, {instancePath:instancePath+"/governor",parentData:data,parentDataProperty:"governor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.duration_minutes !== undefined && func0.call(data, "duration_minutes")){
let data25 = data.duration_minutes;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err62 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 1440 || isNaN(data25)){
const err63 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err64 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data.functions !== undefined && func0.call(data, "functions")){
let data26 = data.functions;
if(Array.isArray(data26)){
if(data26.length < 1){
const err65 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
const len1 = data26.length;
for(let i2=0; i2<len1; i2++){
let data27 = data26[i2];
if(!(((data27 === "accountability") || (data27 === "development")) || (data27 === "support"))){
const err66 = {instancePath:instancePath+"/functions/" + i2,schemaPath:"#/properties/functions/items/enum",keyword:"enum",params:{allowedValues: schema73.properties.functions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
let i3 = data26.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func27(data26[i3], data26[j1])){
const err67 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err68 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.cases_coverage !== undefined && func0.call(data, "cases_coverage")){
let data28 = data.cases_coverage;
if(!((data28 === "all") || (data28 === "sample"))){
const err69 = {instancePath:instancePath+"/cases_coverage",schemaPath:"#/properties/cases_coverage/enum",keyword:"enum",params:{allowedValues: schema73.properties.cases_coverage.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.cases !== undefined && func0.call(data, "cases")){
let data29 = data.cases;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i4=0; i4<len2; i4++){
let data30 = data29[i4];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if((data30.ref === undefined) || (!(func0.call(data30, "ref")))){
const err70 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((data30.status === undefined) || (!(func0.call(data30, "status")))){
const err71 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key2 of Object.keys(data30)){
if(!(func0.call(schema73.properties.cases.items.properties, key2))){
const err72 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data30.ref !== undefined && func0.call(data30, "ref")){
let data31 = data30.ref;
if(typeof data31 === "string"){
if(!pattern36.test(data31)){
const err73 = {instancePath:instancePath+"/cases/" + i4+"/ref",schemaPath:"common.schema.json#/$defs/caseRef/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9][A-Z0-9-]{0,31}$"},message:"must match pattern \""+"^[A-Z0-9][A-Z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/cases/" + i4+"/ref",schemaPath:"common.schema.json#/$defs/caseRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data30.status !== undefined && func0.call(data30, "status")){
let data32 = data30.status;
if(!(((((((data32 === "CIN") || (data32 === "CP")) || (data32 === "LAC")) || (data32 === "CAF")) || (data32 === "EH")) || (data32 === "none")) || (data32 === "closed"))){
const err75 = {instancePath:instancePath+"/cases/" + i4+"/status",schemaPath:"#/properties/cases/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema73.properties.cases.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data30.status_changed !== undefined && func0.call(data30, "status_changed")){
let data33 = data30.status_changed;
if(typeof data33 === "string"){
if(!(formats0.validate(data33))){
const err76 = {instancePath:instancePath+"/cases/" + i4+"/status_changed",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/cases/" + i4+"/status_changed",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data30.decision !== undefined && func0.call(data30, "decision")){
let data34 = data30.decision;
if(typeof data34 === "string"){
if(!pattern4.test(data34)){
const err78 = {instancePath:instancePath+"/cases/" + i4+"/decision",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/cases/" + i4+"/decision",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data30.child_file !== undefined && func0.call(data30, "child_file")){
let data35 = data30.child_file;
if(typeof data35 === "string"){
if(!(formats0.validate(data35))){
const err80 = {instancePath:instancePath+"/cases/" + i4+"/child_file",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/cases/" + i4+"/child_file",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data30.worker_actions !== undefined && func0.call(data30, "worker_actions")){
let data36 = data30.worker_actions;
if(typeof data36 === "string"){
if(func71(data36) < 1){
const err82 = {instancePath:instancePath+"/cases/" + i4+"/worker_actions",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(!pattern5.test(data36)){
const err83 = {instancePath:instancePath+"/cases/" + i4+"/worker_actions",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/cases/" + i4+"/worker_actions",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data30.risks !== undefined && func0.call(data30, "risks")){
let data37 = data30.risks;
if(typeof data37 === "string"){
if(func71(data37) < 1){
const err85 = {instancePath:instancePath+"/cases/" + i4+"/risks",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!pattern5.test(data37)){
const err86 = {instancePath:instancePath+"/cases/" + i4+"/risks",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/cases/" + i4+"/risks",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data30.protective_factors !== undefined && func0.call(data30, "protective_factors")){
let data38 = data30.protective_factors;
if(typeof data38 === "string"){
if(func71(data38) < 1){
const err88 = {instancePath:instancePath+"/cases/" + i4+"/protective_factors",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!pattern5.test(data38)){
const err89 = {instancePath:instancePath+"/cases/" + i4+"/protective_factors",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/cases/" + i4+"/protective_factors",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data30.strengths !== undefined && func0.call(data30, "strengths")){
let data39 = data30.strengths;
if(typeof data39 === "string"){
if(func71(data39) < 1){
const err91 = {instancePath:instancePath+"/cases/" + i4+"/strengths",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!pattern5.test(data39)){
const err92 = {instancePath:instancePath+"/cases/" + i4+"/strengths",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/cases/" + i4+"/strengths",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data30.role !== undefined && func0.call(data30, "role")){
let data40 = data30.role;
if(typeof data40 === "string"){
if(func71(data40) < 1){
const err94 = {instancePath:instancePath+"/cases/" + i4+"/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!pattern5.test(data40)){
const err95 = {instancePath:instancePath+"/cases/" + i4+"/role",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/cases/" + i4+"/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data30.delivery_plan !== undefined && func0.call(data30, "delivery_plan")){
let data41 = data30.delivery_plan;
if(typeof data41 === "string"){
if(func71(data41) < 1){
const err97 = {instancePath:instancePath+"/cases/" + i4+"/delivery_plan",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!pattern5.test(data41)){
const err98 = {instancePath:instancePath+"/cases/" + i4+"/delivery_plan",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/cases/" + i4+"/delivery_plan",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data30.note !== undefined && func0.call(data30, "note")){
let data42 = data30.note;
if(typeof data42 === "string"){
if(func71(data42) < 1){
const err100 = {instancePath:instancePath+"/cases/" + i4+"/note",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(!pattern5.test(data42)){
const err101 = {instancePath:instancePath+"/cases/" + i4+"/note",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/cases/" + i4+"/note",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/cases",schemaPath:"#/properties/cases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.actions !== undefined && func0.call(data, "actions")){
if(!(validate43(data.actions, {instancePath:instancePath+"/actions",parentData:data,parentDataProperty:"actions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.actions_reviewed !== undefined && func0.call(data, "actions_reviewed")){
let data44 = data.actions_reviewed;
if(Array.isArray(data44)){
const len3 = data44.length;
for(let i5=0; i5<len3; i5++){
let data45 = data44[i5];
const _errs142 = errors;
let valid47 = true;
const _errs143 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing4;
if(((data45.due === undefined) || (!(func0.call(data45, "due")))) && (missing4 = "due")){
const err105 = {};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var _valid5 = _errs143 === errors;
errors = _errs142;
if(vErrors !== null){
if(_errs142){
vErrors.length = _errs142;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs144 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.status !== undefined && func0.call(data45, "status")){
if("carried" !== data45.status){
const err106 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/status",schemaPath:"#/properties/actions_reviewed/items/then/properties/status/const",keyword:"const",params:{allowedValue: "carried"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
var _valid5 = _errs144 === errors;
valid47 = _valid5;
if(valid47){
var props5 = {};
props5.status = true;
props5.due = true;
}
}
if(!valid47){
const err107 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if((data45.ref === undefined) || (!(func0.call(data45, "ref")))){
const err108 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((data45.status === undefined) || (!(func0.call(data45, "status")))){
const err109 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key3 of Object.keys(data45)){
if(!((((key3 === "ref") || (key3 === "status")) || (key3 === "note")) || (key3 === "due"))){
const err110 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data45.ref !== undefined && func0.call(data45, "ref")){
let data47 = data45.ref;
if(typeof data47 === "string"){
if(!pattern49.test(data47)){
const err111 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/ref",schemaPath:"#/properties/actions_reviewed/items/properties/ref/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/ref",schemaPath:"#/properties/actions_reviewed/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data45.status !== undefined && func0.call(data45, "status")){
let data48 = data45.status;
if(!(((data48 === "done") || (data48 === "carried")) || (data48 === "dropped"))){
const err113 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/status",schemaPath:"#/properties/actions_reviewed/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema73.properties.actions_reviewed.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data45.note !== undefined && func0.call(data45, "note")){
let data49 = data45.note;
if(typeof data49 === "string"){
if(func71(data49) < 1){
const err114 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/note",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(!pattern5.test(data49)){
const err115 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/note",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/note",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data45.due !== undefined && func0.call(data45, "due")){
let data50 = data45.due;
if(typeof data50 === "string"){
if(!(formats0.validate(data50))){
const err117 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/due",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/due",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/actions_reviewed",schemaPath:"#/properties/actions_reviewed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.next_meeting !== undefined && func0.call(data, "next_meeting")){
let data51 = data.next_meeting;
if(typeof data51 === "string"){
if(!(formats0.validate(data51))){
const err121 = {instancePath:instancePath+"/next_meeting",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/next_meeting",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.location !== undefined && func0.call(data, "location")){
let data52 = data.location;
if(typeof data52 === "string"){
if(func71(data52) < 1){
const err123 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!pattern5.test(data52)){
const err124 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate47(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err126 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const decision = validate50;
const schema111 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/decision.schema.json","title":"Decision","description":"A decision about a named child made in supervision, recorded for the child's file and signed by the supervisor. The body gives a brief safeguarding history, the concerns and the actions agreed.","type":"object","properties":{"kind":{"description":"Always `decision`.","const":"decision"},"id":{"description":"The decision's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"case":{"description":"The case reference.","$ref":"common.schema.json#/$defs/caseRef"},"child":{"title":"Child","description":"The child the decision is about.","type":"object","properties":{"name":{"description":"The child's name.","$ref":"common.schema.json#/$defs/personName"},"dob":{"description":"The child's date of birth.","$ref":"common.schema.json#/$defs/date"}},"required":["name"],"additionalProperties":false},"session":{"description":"The session where the decision was made (a session id).","$ref":"common.schema.json#/$defs/id"},"date":{"description":"When the decision was made.","$ref":"common.schema.json#/$defs/date"},"supervisor":{"description":"The supervisor (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"supervisee":{"description":"The person supervised (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"actions":{"$ref":"common.schema.json#/$defs/actions"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","case","session","date","supervisor","supervisee"],"additionalProperties":false};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func71(data) < 1){
const err0 = {instancePath,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern5.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/decision.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.kind === undefined) || (!(func0.call(data, "kind")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.id === undefined) || (!(func0.call(data, "id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.case === undefined) || (!(func0.call(data, "case")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "case"},message:"must have required property '"+"case"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.session === undefined) || (!(func0.call(data, "session")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "session"},message:"must have required property '"+"session"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.date === undefined) || (!(func0.call(data, "date")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.supervisor === undefined) || (!(func0.call(data, "supervisor")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supervisor"},message:"must have required property '"+"supervisor"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.supervisee === undefined) || (!(func0.call(data, "supervisee")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supervisee"},message:"must have required property '"+"supervisee"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema111.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined && func0.call(data, "kind")){
if("decision" !== data.kind){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "decision"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.case !== undefined && func0.call(data, "case")){
let data2 = data.case;
if(typeof data2 === "string"){
if(!pattern36.test(data2)){
const err11 = {instancePath:instancePath+"/case",schemaPath:"common.schema.json#/$defs/caseRef/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9][A-Z0-9-]{0,31}$"},message:"must match pattern \""+"^[A-Z0-9][A-Z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/case",schemaPath:"common.schema.json#/$defs/caseRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.child !== undefined && func0.call(data, "child")){
let data3 = data.child;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.name === undefined) || (!(func0.call(data3, "name")))){
const err13 = {instancePath:instancePath+"/child",schemaPath:"#/properties/child/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 of Object.keys(data3)){
if(!((key1 === "name") || (key1 === "dob"))){
const err14 = {instancePath:instancePath+"/child",schemaPath:"#/properties/child/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.name !== undefined && func0.call(data3, "name")){
if(!(validate51(data3.name, {instancePath:instancePath+"/child/name",parentData:data3,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data3.dob !== undefined && func0.call(data3, "dob")){
let data5 = data3.dob;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err15 = {instancePath:instancePath+"/child/dob",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/child/dob",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/child",schemaPath:"#/properties/child/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.session !== undefined && func0.call(data, "session")){
let data6 = data.session;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err18 = {instancePath:instancePath+"/session",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/session",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.date !== undefined && func0.call(data, "date")){
let data7 = data.date;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err20 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.supervisor !== undefined && func0.call(data, "supervisor")){
let data8 = data.supervisor;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err22 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.supervisee !== undefined && func0.call(data, "supervisee")){
let data9 = data.supervisee;
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err24 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.actions !== undefined && func0.call(data, "actions")){
if(!(validate53(data.actions, {instancePath:instancePath+"/actions",parentData:data,parentDataProperty:"actions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate56(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const caseAudit = validate59;
const schema123 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/case-audit.schema.json","title":"CaseAudit","description":"An audit of one case file by the line manager or another auditor, signed by the auditor. The body gives the audit's detail.","type":"object","properties":{"kind":{"description":"Always `case-audit`.","const":"case-audit"},"id":{"description":"The audit's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"case":{"description":"The case reference of the file audited.","$ref":"common.schema.json#/$defs/caseRef"},"date":{"description":"When the audit was done.","$ref":"common.schema.json#/$defs/date"},"auditor":{"description":"Who audited the file (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"worker":{"description":"The worker whose case file it is (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"findings":{"description":"What the audit found.","$ref":"common.schema.json#/$defs/text"},"actions":{"$ref":"common.schema.json#/$defs/actions"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","case","date","auditor","worker","findings"],"additionalProperties":false};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/case-audit.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.kind === undefined) || (!(func0.call(data, "kind")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.id === undefined) || (!(func0.call(data, "id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.case === undefined) || (!(func0.call(data, "case")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "case"},message:"must have required property '"+"case"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.date === undefined) || (!(func0.call(data, "date")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.auditor === undefined) || (!(func0.call(data, "auditor")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "auditor"},message:"must have required property '"+"auditor"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.worker === undefined) || (!(func0.call(data, "worker")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "worker"},message:"must have required property '"+"worker"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.findings === undefined) || (!(func0.call(data, "findings")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema123.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined && func0.call(data, "kind")){
if("case-audit" !== data.kind){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "case-audit"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.case !== undefined && func0.call(data, "case")){
let data2 = data.case;
if(typeof data2 === "string"){
if(!pattern36.test(data2)){
const err11 = {instancePath:instancePath+"/case",schemaPath:"common.schema.json#/$defs/caseRef/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9][A-Z0-9-]{0,31}$"},message:"must match pattern \""+"^[A-Z0-9][A-Z0-9-]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/case",schemaPath:"common.schema.json#/$defs/caseRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.date !== undefined && func0.call(data, "date")){
let data3 = data.date;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err13 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.auditor !== undefined && func0.call(data, "auditor")){
let data4 = data.auditor;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err15 = {instancePath:instancePath+"/auditor",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/auditor",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.worker !== undefined && func0.call(data, "worker")){
let data5 = data.worker;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err17 = {instancePath:instancePath+"/worker",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/worker",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.findings !== undefined && func0.call(data, "findings")){
let data6 = data.findings;
if(typeof data6 === "string"){
if(func71(data6) < 1){
const err19 = {instancePath:instancePath+"/findings",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern5.test(data6)){
const err20 = {instancePath:instancePath+"/findings",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/findings",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.actions !== undefined && func0.call(data, "actions")){
if(!(validate60(data.actions, {instancePath:instancePath+"/actions",parentData:data,parentDataProperty:"actions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate63(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate66;
const schema132 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/config.schema.json","title":"Config","description":"The organisation and its supervision policy, from supv.config.yaml. Every key is optional; a key left out takes its default.","type":"object","properties":{"organisation":{"description":"The organisation's name, shown on every PDF.","$ref":"common.schema.json#/$defs/text"},"timezone":{"description":"The IANA time zone in which dates are read, such as Europe/London.","type":"string","format":"iana-time-zone","default":"Europe/London"},"marking":{"description":"The protective marking printed on every page, such as OFFICIAL-SENSITIVE.","$ref":"common.schema.json#/$defs/text"},"output":{"description":"Where built PDFs go, relative to the repository.","type":"string","minLength":1,"default":"dist"},"trusted_keys":{"description":"A trusted-keys list kept outside the repository (lines `<staff-id> <fingerprint or ssh-ed25519 line>`): `supv verify` accepts a personal signature only with a key listed for that person. Relative to the repository's root; refused inside it.","type":"string","minLength":1},"bundle":{"title":"BundleSettings","description":"How `supv bundle` writes the inspection bundle.","type":"object","properties":{"volume_size":{"description":"The largest file `supv bundle` writes, such as 14MB or 500KB (decimal units), or none: a bigger bundle is written as several complete PDFs (volumes), split between records, each small enough to e-mail. The default, 14MB, is about 19 MB once e-mail has encoded it, under the common 20 MB limit. `--volume-size` overrides it.","type":"string","pattern":"^(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:[KkMmGg][Bb])|none|off)$","default":"14MB"}},"additionalProperties":false,"default":{}},"seal":{"title":"SealPin","description":"Whose digital seal `supv verify` accepts on PDFs and bundles: a seal made with any other certificate fails.","type":"object","properties":{"certificate_sha256":{"description":"The SHA-256 of the sealing certificate (its DER bytes), in hex: `openssl x509 -in seal.pem -noout -fingerprint -sha256` prints it (colons are allowed).","type":"string","pattern":"^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$"}},"additionalProperties":false,"default":{}},"policy":{"title":"Policy","description":"How often supervision is due and how soon records must be written and signed.","type":"object","properties":{"records_from":{"description":"The adoption date: when the organisation began keeping its supervision records in supv. Nothing is due, overdue, late or charted before it; a staff record's own `records_from` overrides it.","$ref":"common.schema.json#/$defs/date"},"counts":{"$ref":"#/$defs/counts","default":["one-to-one","group","joint-agency","peer","three-way"]},"tiers":{"description":"The longest allowed gap between sessions, by tier: one duration, or stages by time since the person started.","type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/tierName"},"additionalProperties":{"$ref":"#/$defs/tier"},"default":{"case-holder":"P4W","designated-lead":"P4W","general":"P3M","newly-qualified":[{"until":"P6W","every":"P1W"},{"until":"P6M","every":"P2W"},{"every":"P4W"}]}},"induction":{"description":"The interval for anyone before their `induction_until`.","$ref":"common.schema.json#/$defs/duration","default":"P2W"},"min_duration":{"description":"Sessions shorter than this draw a warning.","$ref":"common.schema.json#/$defs/duration","default":"PT60M"},"sign_within":{"description":"Signatures are due within this time of the session.","$ref":"common.schema.json#/$defs/duration","default":"P7D"},"record_within":{"description":"A record must first be committed within this time of the session.","$ref":"common.schema.json#/$defs/duration","default":"P7D"},"due_soon":{"description":"How long before a session falls due to start warning.","$ref":"common.schema.json#/$defs/duration","default":"P7D"},"contract_review":{"description":"How long a contract runs before its review.","$ref":"common.schema.json#/$defs/duration","default":"P1Y"},"functions_window":{"description":"Each function of supervision must be covered in the last this many sessions.","type":"integer","minimum":1,"default":3},"require_keys":{"description":"Every signature needs a `sig` made with the signer's personal key; a signature without one is not valid.","type":"boolean","default":false},"contract_after_change":{"description":"How long after a change of supervisor a contract signed by both with the new supervisor is due (no-contract).","$ref":"common.schema.json#/$defs/duration","default":"P4W"},"training_refresh":{"description":"Supervision training older than this has lapsed (supervisor-untrained).","$ref":"common.schema.json#/$defs/duration","default":"P3Y"},"safeguarding_training_refresh":{"description":"Staff safeguarding training older than this has lapsed (safeguarding-training).","$ref":"common.schema.json#/$defs/duration","default":"P1Y"},"escalation":{"description":"What is due when supervision is overdue, by how long it is overdue, in order of `after`. Unset: a one-to-one with the supervisor, then a three-way meeting once overdue by more than the person's interval.","type":"array","minItems":1,"items":{"title":"EscalationStage","description":"From how long overdue a step is due.","type":"object","properties":{"after":{"description":"How long overdue before this step is due (P0D: as soon as overdue).","$ref":"common.schema.json#/$defs/duration"},"step":{"description":"The step: a one-to-one with the supervisor, or a three-way meeting with the supervisor and the line manager (or the head, or a governor when the head is the supervisor or line manager).","enum":["one-to-one","three-way"]}},"required":["after","step"],"additionalProperties":false}},"head":{"description":"The head of the organisation (a staff id): a three-way meeting goes to them when there is no line manager, and to the governor when they are the supervisor or line manager.","$ref":"common.schema.json#/$defs/staffId"},"governor":{"description":"Who a three-way meeting goes to when the head is the supervisor or line manager, such as the chair of governors.","$ref":"common.schema.json#/$defs/text"},"case_review":{"description":"How long an open case of each status may go without being discussed in supervision.","type":"object","properties":{"CP":{"description":"Child protection cases.","$ref":"common.schema.json#/$defs/duration","default":"P4W"},"CIN":{"description":"Children in need.","$ref":"common.schema.json#/$defs/duration","default":"P6W"},"LAC":{"description":"Looked-after children.","$ref":"common.schema.json#/$defs/duration","default":"P6W"}},"additionalProperties":false},"child_file":{"description":"What must reach the child's file: a decision record for each decision (`decisions`), or a record of every discussion of a case (`all-discussions`: a decision record or the case entry's `child_file` date).","enum":["decisions","all-discussions"],"default":"decisions"},"case_audit":{"description":"How often every open CP, CIN or LAC case file must be audited.","$ref":"common.schema.json#/$defs/duration","default":"P6M"}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"tier":{"description":"One duration such as P4W, a list of stages, or `{ every, counts }` (an interval with the session types that count for this tier).","$comment":"A union type rather than oneOf, so a wrong value draws one direct error instead of one per branch.","type":["string","array","object"],"format":"duration","minItems":1,"items":{"title":"TierStage","description":"The interval that applies until a time since the person started.","type":"object","properties":{"until":{"description":"How long after `started` this stage ends; absent on the last stage.","$ref":"common.schema.json#/$defs/duration"},"every":{"description":"The longest allowed gap between sessions in this stage.","$ref":"common.schema.json#/$defs/duration"}},"required":["every"],"additionalProperties":false},"properties":{"every":{"description":"The longest allowed gap between sessions.","$ref":"common.schema.json#/$defs/duration"},"counts":{"$ref":"#/$defs/counts"}},"required":["every"],"additionalProperties":false,"title":"Tier"},"sessionType":{"description":"A session type.","enum":["one-to-one","group","peer","ad-hoc","joint-agency","three-way"]},"counts":{"description":"The session types that count toward the interval: a session of another type is still a record, signed and reviewed, but does not reset the clock.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/sessionType"}}}};
const pattern65 = new RegExp("^(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:[KkMmGg][Bb])|none|off)$", "u");
const pattern66 = new RegExp("^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$", "u");
const formats48 = formatsModule.formats["iana-time-zone"];
const schema136 = {"description":"The session types that count toward the interval: a session of another type is still a record, signed and reviewed, but does not reset the clock.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/sessionType"}};
const schema137 = {"description":"A session type.","enum":["one-to-one","group","peer","ad-hoc","joint-agency","three-way"]};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(!((((((data0 === "one-to-one") || (data0 === "group")) || (data0 === "peer")) || (data0 === "ad-hoc")) || (data0 === "joint-agency")) || (data0 === "three-way"))){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/sessionType/enum",keyword:"enum",params:{allowedValues: schema137.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func27(data[i1], data[j0])){
const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema139 = {"description":"One duration such as P4W, a list of stages, or `{ every, counts }` (an interval with the session types that count for this tier).","$comment":"A union type rather than oneOf, so a wrong value draws one direct error instead of one per branch.","type":["string","array","object"],"format":"duration","minItems":1,"items":{"title":"TierStage","description":"The interval that applies until a time since the person started.","type":"object","properties":{"until":{"description":"How long after `started` this stage ends; absent on the last stage.","$ref":"common.schema.json#/$defs/duration"},"every":{"description":"The longest allowed gap between sessions in this stage.","$ref":"common.schema.json#/$defs/duration"}},"required":["every"],"additionalProperties":false},"properties":{"every":{"description":"The longest allowed gap between sessions.","$ref":"common.schema.json#/$defs/duration"},"counts":{"$ref":"#/$defs/counts"}},"required":["every"],"additionalProperties":false,"title":"Tier"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!data || typeof data != "object") && (typeof data !== "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema139.type},message:"must be string,array,object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(!(formats24.test(data))){
const err1 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(Array.isArray(data)){
if(data.length < 1){
const err2 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if((data0.every === undefined) || (!(func0.call(data0, "every")))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 of Object.keys(data0)){
if(!((key0 === "until") || (key0 === "every"))){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.until !== undefined && func0.call(data0, "until")){
let data1 = data0.until;
if(typeof data1 === "string"){
if(!(formats24.test(data1))){
const err5 = {instancePath:instancePath+"/" + i0+"/until",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/until",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.every !== undefined && func0.call(data0, "every")){
let data2 = data0.every;
if(typeof data2 === "string"){
if(!(formats24.test(data2))){
const err7 = {instancePath:instancePath+"/" + i0+"/every",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/" + i0+"/every",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.every === undefined) || (!(func0.call(data, "every")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 of Object.keys(data)){
if(!((key1 === "every") || (key1 === "counts"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.every !== undefined && func0.call(data, "every")){
let data3 = data.every;
if(typeof data3 === "string"){
if(!(formats24.test(data3))){
const err12 = {instancePath:instancePath+"/every",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/every",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.counts !== undefined && func0.call(data, "counts")){
if(!(validate67(data.counts, {instancePath:instancePath+"/counts",parentData:data,parentDataProperty:"counts",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"items":true,"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 of Object.keys(data)){
if(!((((((((key0 === "organisation") || (key0 === "timezone")) || (key0 === "marking")) || (key0 === "output")) || (key0 === "trusted_keys")) || (key0 === "bundle")) || (key0 === "seal")) || (key0 === "policy"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.organisation !== undefined && func0.call(data, "organisation")){
let data0 = data.organisation;
if(typeof data0 === "string"){
if(func71(data0) < 1){
const err1 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern5.test(data0)){
const err2 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timezone !== undefined && func0.call(data, "timezone")){
let data1 = data.timezone;
if(typeof data1 === "string"){
if(!(formats48(data1))){
const err4 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/format",keyword:"format",params:{format: "iana-time-zone"},message:"must match format \""+"iana-time-zone"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.marking !== undefined && func0.call(data, "marking")){
let data2 = data.marking;
if(typeof data2 === "string"){
if(func71(data2) < 1){
const err6 = {instancePath:instancePath+"/marking",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data2)){
const err7 = {instancePath:instancePath+"/marking",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/marking",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.output !== undefined && func0.call(data, "output")){
let data3 = data.output;
if(typeof data3 === "string"){
if(func71(data3) < 1){
const err9 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.trusted_keys !== undefined && func0.call(data, "trusted_keys")){
let data4 = data.trusted_keys;
if(typeof data4 === "string"){
if(func71(data4) < 1){
const err11 = {instancePath:instancePath+"/trusted_keys",schemaPath:"#/properties/trusted_keys/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/trusted_keys",schemaPath:"#/properties/trusted_keys/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.bundle !== undefined && func0.call(data, "bundle")){
let data5 = data.bundle;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 of Object.keys(data5)){
if(!(key1 === "volume_size")){
const err13 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.volume_size !== undefined && func0.call(data5, "volume_size")){
let data6 = data5.volume_size;
if(typeof data6 === "string"){
if(!pattern65.test(data6)){
const err14 = {instancePath:instancePath+"/bundle/volume_size",schemaPath:"#/properties/bundle/properties/volume_size/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:[KkMmGg][Bb])|none|off)$"},message:"must match pattern \""+"^(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:[KkMmGg][Bb])|none|off)$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/bundle/volume_size",schemaPath:"#/properties/bundle/properties/volume_size/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.seal !== undefined && func0.call(data, "seal")){
let data7 = data.seal;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 of Object.keys(data7)){
if(!(key2 === "certificate_sha256")){
const err17 = {instancePath:instancePath+"/seal",schemaPath:"#/properties/seal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.certificate_sha256 !== undefined && func0.call(data7, "certificate_sha256")){
let data8 = data7.certificate_sha256;
if(typeof data8 === "string"){
if(!pattern66.test(data8)){
const err18 = {instancePath:instancePath+"/seal/certificate_sha256",schemaPath:"#/properties/seal/properties/certificate_sha256/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$"},message:"must match pattern \""+"^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/seal/certificate_sha256",schemaPath:"#/properties/seal/properties/certificate_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/seal",schemaPath:"#/properties/seal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.policy !== undefined && func0.call(data, "policy")){
let data9 = data.policy;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 of Object.keys(data9)){
if(!(func0.call(schema132.properties.policy.properties, key3))){
const err21 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.records_from !== undefined && func0.call(data9, "records_from")){
let data10 = data9.records_from;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err22 = {instancePath:instancePath+"/policy/records_from",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/policy/records_from",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.counts !== undefined && func0.call(data9, "counts")){
if(!(validate67(data9.counts, {instancePath:instancePath+"/policy/counts",parentData:data9,parentDataProperty:"counts",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data9.tiers !== undefined && func0.call(data9, "tiers")){
let data12 = data9.tiers;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 of Object.keys(data12)){
const _errs36 = errors;
if(typeof key4 === "string"){
if(!pattern4.test(key4)){
const err24 = {instancePath:instancePath+"/policy/tiers",schemaPath:"common.schema.json#/$defs/tierName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/policy/tiers",schemaPath:"common.schema.json#/$defs/tierName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid7 = _errs36 === errors;
if(!valid7){
const err26 = {instancePath:instancePath+"/policy/tiers",schemaPath:"#/properties/policy/properties/tiers/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key5 of Object.keys(data12)){
if(!(validate69(data12[key5], {instancePath:instancePath+"/policy/tiers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/policy/tiers",schemaPath:"#/properties/policy/properties/tiers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.induction !== undefined && func0.call(data9, "induction")){
let data14 = data9.induction;
if(typeof data14 === "string"){
if(!(formats24.test(data14))){
const err28 = {instancePath:instancePath+"/policy/induction",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/policy/induction",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.min_duration !== undefined && func0.call(data9, "min_duration")){
let data15 = data9.min_duration;
if(typeof data15 === "string"){
if(!(formats24.test(data15))){
const err30 = {instancePath:instancePath+"/policy/min_duration",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/policy/min_duration",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.sign_within !== undefined && func0.call(data9, "sign_within")){
let data16 = data9.sign_within;
if(typeof data16 === "string"){
if(!(formats24.test(data16))){
const err32 = {instancePath:instancePath+"/policy/sign_within",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/policy/sign_within",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.record_within !== undefined && func0.call(data9, "record_within")){
let data17 = data9.record_within;
if(typeof data17 === "string"){
if(!(formats24.test(data17))){
const err34 = {instancePath:instancePath+"/policy/record_within",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/policy/record_within",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.due_soon !== undefined && func0.call(data9, "due_soon")){
let data18 = data9.due_soon;
if(typeof data18 === "string"){
if(!(formats24.test(data18))){
const err36 = {instancePath:instancePath+"/policy/due_soon",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/policy/due_soon",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.contract_review !== undefined && func0.call(data9, "contract_review")){
let data19 = data9.contract_review;
if(typeof data19 === "string"){
if(!(formats24.test(data19))){
const err38 = {instancePath:instancePath+"/policy/contract_review",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/policy/contract_review",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.functions_window !== undefined && func0.call(data9, "functions_window")){
let data20 = data9.functions_window;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err40 = {instancePath:instancePath+"/policy/functions_window",schemaPath:"#/properties/policy/properties/functions_window/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err41 = {instancePath:instancePath+"/policy/functions_window",schemaPath:"#/properties/policy/properties/functions_window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data9.require_keys !== undefined && func0.call(data9, "require_keys")){
if(typeof data9.require_keys !== "boolean"){
const err42 = {instancePath:instancePath+"/policy/require_keys",schemaPath:"#/properties/policy/properties/require_keys/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data9.contract_after_change !== undefined && func0.call(data9, "contract_after_change")){
let data22 = data9.contract_after_change;
if(typeof data22 === "string"){
if(!(formats24.test(data22))){
const err43 = {instancePath:instancePath+"/policy/contract_after_change",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/policy/contract_after_change",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data9.training_refresh !== undefined && func0.call(data9, "training_refresh")){
let data23 = data9.training_refresh;
if(typeof data23 === "string"){
if(!(formats24.test(data23))){
const err45 = {instancePath:instancePath+"/policy/training_refresh",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/policy/training_refresh",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data9.safeguarding_training_refresh !== undefined && func0.call(data9, "safeguarding_training_refresh")){
let data24 = data9.safeguarding_training_refresh;
if(typeof data24 === "string"){
if(!(formats24.test(data24))){
const err47 = {instancePath:instancePath+"/policy/safeguarding_training_refresh",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/policy/safeguarding_training_refresh",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data9.escalation !== undefined && func0.call(data9, "escalation")){
let data25 = data9.escalation;
if(Array.isArray(data25)){
if(data25.length < 1){
const err49 = {instancePath:instancePath+"/policy/escalation",schemaPath:"#/properties/policy/properties/escalation/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
let data26 = data25[i0];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if((data26.after === undefined) || (!(func0.call(data26, "after")))){
const err50 = {instancePath:instancePath+"/policy/escalation/" + i0,schemaPath:"#/properties/policy/properties/escalation/items/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((data26.step === undefined) || (!(func0.call(data26, "step")))){
const err51 = {instancePath:instancePath+"/policy/escalation/" + i0,schemaPath:"#/properties/policy/properties/escalation/items/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key6 of Object.keys(data26)){
if(!((key6 === "after") || (key6 === "step"))){
const err52 = {instancePath:instancePath+"/policy/escalation/" + i0,schemaPath:"#/properties/policy/properties/escalation/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data26.after !== undefined && func0.call(data26, "after")){
let data27 = data26.after;
if(typeof data27 === "string"){
if(!(formats24.test(data27))){
const err53 = {instancePath:instancePath+"/policy/escalation/" + i0+"/after",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/policy/escalation/" + i0+"/after",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data26.step !== undefined && func0.call(data26, "step")){
let data28 = data26.step;
if(!((data28 === "one-to-one") || (data28 === "three-way"))){
const err55 = {instancePath:instancePath+"/policy/escalation/" + i0+"/step",schemaPath:"#/properties/policy/properties/escalation/items/properties/step/enum",keyword:"enum",params:{allowedValues: schema132.properties.policy.properties.escalation.items.properties.step.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/policy/escalation/" + i0,schemaPath:"#/properties/policy/properties/escalation/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/policy/escalation",schemaPath:"#/properties/policy/properties/escalation/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data9.head !== undefined && func0.call(data9, "head")){
let data29 = data9.head;
if(typeof data29 === "string"){
if(!pattern4.test(data29)){
const err58 = {instancePath:instancePath+"/policy/head",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/policy/head",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data9.governor !== undefined && func0.call(data9, "governor")){
let data30 = data9.governor;
if(typeof data30 === "string"){
if(func71(data30) < 1){
const err60 = {instancePath:instancePath+"/policy/governor",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern5.test(data30)){
const err61 = {instancePath:instancePath+"/policy/governor",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/policy/governor",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data9.case_review !== undefined && func0.call(data9, "case_review")){
let data31 = data9.case_review;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key7 of Object.keys(data31)){
if(!(((key7 === "CP") || (key7 === "CIN")) || (key7 === "LAC"))){
const err63 = {instancePath:instancePath+"/policy/case_review",schemaPath:"#/properties/policy/properties/case_review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data31.CP !== undefined && func0.call(data31, "CP")){
let data32 = data31.CP;
if(typeof data32 === "string"){
if(!(formats24.test(data32))){
const err64 = {instancePath:instancePath+"/policy/case_review/CP",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/policy/case_review/CP",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data31.CIN !== undefined && func0.call(data31, "CIN")){
let data33 = data31.CIN;
if(typeof data33 === "string"){
if(!(formats24.test(data33))){
const err66 = {instancePath:instancePath+"/policy/case_review/CIN",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/policy/case_review/CIN",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data31.LAC !== undefined && func0.call(data31, "LAC")){
let data34 = data31.LAC;
if(typeof data34 === "string"){
if(!(formats24.test(data34))){
const err68 = {instancePath:instancePath+"/policy/case_review/LAC",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/policy/case_review/LAC",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/policy/case_review",schemaPath:"#/properties/policy/properties/case_review/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data9.child_file !== undefined && func0.call(data9, "child_file")){
let data35 = data9.child_file;
if(!((data35 === "decisions") || (data35 === "all-discussions"))){
const err71 = {instancePath:instancePath+"/policy/child_file",schemaPath:"#/properties/policy/properties/child_file/enum",keyword:"enum",params:{allowedValues: schema132.properties.policy.properties.child_file.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data9.case_audit !== undefined && func0.call(data9, "case_audit")){
let data36 = data9.case_audit;
if(typeof data36 === "string"){
if(!(formats24.test(data36))){
const err72 = {instancePath:instancePath+"/policy/case_audit",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/policy/case_audit",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

