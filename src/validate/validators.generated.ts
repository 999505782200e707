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
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/staff.schema.json","title":"Staff","description":"A member of staff who receives or gives supervision: their tier, when they started and who has supervised them.","type":"object","properties":{"kind":{"description":"Always `staff`.","const":"staff"},"id":{"description":"The person's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"name":{"description":"Full name.","$ref":"common.schema.json#/$defs/personName"},"role":{"description":"Job title, such as Family Support Worker.","$ref":"common.schema.json#/$defs/text"},"tier":{"description":"Which supervision interval applies: a key of `policy.tiers` in the configuration.","$ref":"common.schema.json#/$defs/tierName"},"started":{"description":"First day in post.","$ref":"common.schema.json#/$defs/date"},"induction_until":{"description":"Last day of induction; the induction interval applies until then.","$ref":"common.schema.json#/$defs/date"},"left":{"description":"Last day in post; no sessions are due after it.","$ref":"common.schema.json#/$defs/date"},"supervisors":{"description":"Who has supervised this person, oldest first; the entry without `to` is the current supervisor.","type":"array","minItems":1,"items":{"title":"SupervisorSpell","description":"A period during which one person was the supervisor.","type":"object","properties":{"id":{"description":"The supervisor (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"from":{"description":"First day of the arrangement.","$ref":"common.schema.json#/$defs/date"},"to":{"description":"Last day of the arrangement; absent for the current supervisor.","$ref":"common.schema.json#/$defs/date"},"handover":{"description":"The session where the handover to this supervisor was recorded.","$ref":"common.schema.json#/$defs/id"}},"required":["id","from"],"additionalProperties":false}},"supervision_training":{"description":"When they were trained in supervision skills; needed for anyone who supervises.","$ref":"common.schema.json#/$defs/date"},"public_key":{"description":"Optional ed25519 public key in PEM form, used to check their personal signatures.","type":"string","pattern":"^-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$"},"email":{"description":"Work email address.","type":"string","format":"email"},"line_manager":{"description":"Their line manager (a staff id), when not their supervisor.","$ref":"common.schema.json#/$defs/staffId"}},"required":["kind","id","name","role","tier","started","supervisors"],"additionalProperties":false};
const schema33 = {"$comment":"A record id: lower-case letters, digits and hyphens, starting with a letter or digit, at most 80 characters. It equals the file name without `.md`.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}$"};
const schema35 = {"$comment":"Plain text written by a person. Control characters (C0 but tab and newline, DEL, C1; a carriage return too, since YAML turns every line break of the file into a newline) are refused so that text printed to a terminal cannot act on it, and invisible and right-to-left control characters so that what a reader sees is what the file says.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"};
const schema37 = {"$comment":"The name of a tier in `policy.tiers`, such as `case-holder`.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}$"};
const schema38 = {"$comment":"A calendar date written YYYY-MM-DD, in the organisation's time zone.","type":"string","format":"date"};
const schema41 = {"$comment":"The id of a staff record, such as `sam-lee`.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}$"};
const func0 = Object.prototype.hasOwnProperty;
const func71 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,79}$", "u");
const pattern5 = new RegExp("^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$", "u");
const pattern10 = new RegExp("^-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$", "u");
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

const formats0 = formatsModule.formats.date;
const formats12 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

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
if(data.supervisors !== undefined && func0.call(data, "supervisors")){
let data8 = data.supervisors;
if(Array.isArray(data8)){
if(data8.length < 1){
const err22 = {instancePath:instancePath+"/supervisors",schemaPath:"#/properties/supervisors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if((data9.id === undefined) || (!(func0.call(data9, "id")))){
const err23 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((data9.from === undefined) || (!(func0.call(data9, "from")))){
const err24 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 of Object.keys(data9)){
if(!((((key1 === "id") || (key1 === "from")) || (key1 === "to")) || (key1 === "handover"))){
const err25 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.id !== undefined && func0.call(data9, "id")){
let data10 = data9.id;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err26 = {instancePath:instancePath+"/supervisors/" + i0+"/id",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/supervisors/" + i0+"/id",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.from !== undefined && func0.call(data9, "from")){
let data11 = data9.from;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err28 = {instancePath:instancePath+"/supervisors/" + i0+"/from",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err29 = {instancePath:instancePath+"/supervisors/" + i0+"/from",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.to !== undefined && func0.call(data9, "to")){
let data12 = data9.to;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err30 = {instancePath:instancePath+"/supervisors/" + i0+"/to",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err31 = {instancePath:instancePath+"/supervisors/" + i0+"/to",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.handover !== undefined && func0.call(data9, "handover")){
let data13 = data9.handover;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err32 = {instancePath:instancePath+"/supervisors/" + i0+"/handover",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
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
const err33 = {instancePath:instancePath+"/supervisors/" + i0+"/handover",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/supervisors/" + i0,schemaPath:"#/properties/supervisors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/supervisors",schemaPath:"#/properties/supervisors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.supervision_training !== undefined && func0.call(data, "supervision_training")){
let data14 = data.supervision_training;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err36 = {instancePath:instancePath+"/supervision_training",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err37 = {instancePath:instancePath+"/supervision_training",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.public_key !== undefined && func0.call(data, "public_key")){
let data15 = data.public_key;
if(typeof data15 === "string"){
if(!pattern10.test(data15)){
const err38 = {instancePath:instancePath+"/public_key",schemaPath:"#/properties/public_key/pattern",keyword:"pattern",params:{pattern: "^-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$"},message:"must match pattern \""+"^-----BEGIN PUBLIC KEY-----\\r?\\n?[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$"+"\""};
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
const err39 = {instancePath:instancePath+"/public_key",schemaPath:"#/properties/public_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.email !== undefined && func0.call(data, "email")){
let data16 = data.email;
if(typeof data16 === "string"){
if(!(formats12.test(data16))){
const err40 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.line_manager !== undefined && func0.call(data, "line_manager")){
let data17 = data.line_manager;
if(typeof data17 === "string"){
if(!pattern4.test(data17)){
const err42 = {instancePath:instancePath+"/line_manager",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/line_manager",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const contract = validate24;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/contract.schema.json","title":"Contract","description":"A supervision contract, agreed and signed by supervisor and supervisee at the start and reviewed each year. The body sets out the purpose of supervision and both parties' responsibilities.","type":"object","properties":{"kind":{"description":"Always `contract`.","const":"contract"},"id":{"description":"The contract's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"supervisee":{"description":"The person supervised (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"supervisor":{"description":"The supervisor (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"agreed":{"description":"When the contract was agreed.","$ref":"common.schema.json#/$defs/date"},"frequency":{"description":"The longest gap allowed between sessions, such as P4W.","$ref":"common.schema.json#/$defs/duration"},"duration_minutes":{"description":"The usual length of a session in minutes.","$ref":"common.schema.json#/$defs/minutes"},"review_due":{"description":"When the contract is next reviewed; defaults to `agreed` plus `policy.contract_review`.","$ref":"common.schema.json#/$defs/date"},"dispute_resolution":{"description":"Who resolves a disagreement between supervisor and supervisee.","$ref":"common.schema.json#/$defs/text"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","supervisee","supervisor","agreed","frequency"],"additionalProperties":false};
const schema52 = {"$comment":"An ISO 8601 duration such as P4W (four weeks), P3M, P1Y, P7D or PT60M.","type":"string","format":"duration"};
const schema53 = {"$comment":"A length of time in whole minutes, at most one day.","type":"integer","minimum":1,"maximum":1440};
const formats16 = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
const schema56 = {"description":"Sign-offs, oldest first. Always the last field of the frontmatter; signing appends to it.","type":"array","items":{"$ref":"#/$defs/signature"}};
const schema57 = {"title":"Signature","description":"One person's sign-off of the record as it stood when they signed.","type":"object","properties":{"role":{"description":"The capacity in which they signed.","enum":["supervisor","supervisee","attendee","manager","auditor"]},"by":{"description":"Who signed (a staff id).","$ref":"#/$defs/staffId"},"at":{"description":"When they signed.","$ref":"#/$defs/timestamp"},"sha256":{"description":"SHA-256 of the record's content when signed, as 64 lower-case hex digits.","type":"string","pattern":"^[0-9a-f]{64}$"},"sig":{"description":"Optional ed25519 signature by the signer's personal key, in base64.","type":"string","minLength":4,"pattern":"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"}},"required":["role","by","at","sha256"],"additionalProperties":false};
const schema59 = {"$comment":"An RFC 3339 timestamp with its offset from UTC, such as 2025-02-04T10:12:00+00:00. The pattern narrows RFC 3339 to the one spelling other tools read everywhere: upper-case T and Z, seconds present, offset required.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"};
const pattern17 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern19 = new RegExp("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", "u");
const formats20 = formatsModule.formats["date-time"];

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
if(!(((((key0 === "role") || (key0 === "by")) || (key0 === "at")) || (key0 === "sha256")) || (key0 === "sig"))){
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
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema57.properties.role.enum},message:"must be equal to one of the allowed values"};
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
if(!pattern17.test(data2)){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats20.validate(data2))){
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
if(!pattern18.test(data3)){
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
if(data.sig !== undefined && func0.call(data, "sig")){
let data4 = data.sig;
if(typeof data4 === "string"){
if(func71(data4) < 4){
const err13 = {instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern19.test(data4)){
const err14 = {instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"+"\""};
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
const err15 = {instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/contract.schema.json" */;
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
if((data.supervisee === undefined) || (!(func0.call(data, "supervisee")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supervisee"},message:"must have required property '"+"supervisee"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.supervisor === undefined) || (!(func0.call(data, "supervisor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supervisor"},message:"must have required property '"+"supervisor"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.agreed === undefined) || (!(func0.call(data, "agreed")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agreed"},message:"must have required property '"+"agreed"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.frequency === undefined) || (!(func0.call(data, "frequency")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "frequency"},message:"must have required property '"+"frequency"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema47.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined && func0.call(data, "kind")){
if("contract" !== data.kind){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "contract"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.supervisee !== undefined && func0.call(data, "supervisee")){
let data2 = data.supervisee;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
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
const err11 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.supervisor !== undefined && func0.call(data, "supervisor")){
let data3 = data.supervisor;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
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
const err13 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.agreed !== undefined && func0.call(data, "agreed")){
let data4 = data.agreed;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err14 = {instancePath:instancePath+"/agreed",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err15 = {instancePath:instancePath+"/agreed",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.frequency !== undefined && func0.call(data, "frequency")){
let data5 = data.frequency;
if(typeof data5 === "string"){
if(!(formats16.test(data5))){
const err16 = {instancePath:instancePath+"/frequency",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err17 = {instancePath:instancePath+"/frequency",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.duration_minutes !== undefined && func0.call(data, "duration_minutes")){
let data6 = data.duration_minutes;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1440 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.review_due !== undefined && func0.call(data, "review_due")){
let data7 = data.review_due;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err21 = {instancePath:instancePath+"/review_due",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/review_due",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.dispute_resolution !== undefined && func0.call(data, "dispute_resolution")){
let data8 = data.dispute_resolution;
if(typeof data8 === "string"){
if(func71(data8) < 1){
const err23 = {instancePath:instancePath+"/dispute_resolution",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern5.test(data8)){
const err24 = {instancePath:instancePath+"/dispute_resolution",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
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
const err25 = {instancePath:instancePath+"/dispute_resolution",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate25(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const session = validate29;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/session.schema.json","title":"Session","description":"The record of one supervision session, written by the supervisor and signed by the supervisor and the supervisee or every attendee. The body is the record itself: events, risks, protective factors, strengths, case discussion, team and wellbeing issues.","type":"object","properties":{"kind":{"description":"Always `session`.","const":"session"},"id":{"description":"The session's id, such as 2025-02-03-jo-bloggs; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"date":{"description":"When the session took place.","$ref":"common.schema.json#/$defs/date"},"type":{"description":"What kind of session: one supervisee (one-to-one, peer, ad-hoc) or several attendees (group, joint-agency).","enum":["one-to-one","group","peer","ad-hoc","joint-agency"]},"supervisor":{"description":"Who led the session (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"supervisee":{"description":"The person supervised (a staff id); for one-to-one, peer and ad-hoc sessions.","$ref":"common.schema.json#/$defs/staffId"},"attendees":{"description":"Everyone supervised (staff ids); for group and joint-agency sessions. Someone from another agency who attended is listed as `{ name, agency, role }`: they sign nothing and the session does not count toward anyone's interval for them.","type":"array","minItems":1,"uniqueItems":true,"items":{"$comment":"A staff id, or a person from outside the organisation.","if":{"type":"string"},"then":{"$ref":"common.schema.json#/$defs/staffId"},"else":{"title":"ExternalAttendee","description":"Someone from another agency (a social worker, a health visitor) who attended; not staff.","type":"object","properties":{"name":{"description":"Their name.","$ref":"common.schema.json#/$defs/personName"},"agency":{"description":"The agency they work for, such as Children's Social Care.","$ref":"common.schema.json#/$defs/text"},"role":{"description":"Their role, such as Social Worker.","$ref":"common.schema.json#/$defs/text"}},"required":["name","agency"],"additionalProperties":false}}},"confidentiality_agreed":{"description":"Whether the boundaries of confidentiality were agreed; for group and joint-agency sessions.","type":"boolean"},"duration_minutes":{"description":"How long the session lasted, in minutes.","$ref":"common.schema.json#/$defs/minutes"},"functions":{"description":"Which functions of supervision the session covered.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["accountability","development","support"]}},"cases_coverage":{"description":"Whether every case was discussed (`all`) or a sample.","enum":["all","sample"]},"cases":{"description":"The cases discussed.","type":"array","items":{"title":"CaseDiscussed","description":"One case discussed in the session.","type":"object","properties":{"ref":{"$ref":"common.schema.json#/$defs/caseRef"},"status":{"description":"The case's status: child in need, child protection, looked after, CAF, early help, none, or closed (the case closes with this session).","enum":["CIN","CP","LAC","CAF","EH","none","closed"]},"status_changed":{"description":"When the status last changed.","$ref":"common.schema.json#/$defs/date"},"decision":{"description":"The decision record, when a decision was made (a decision id).","$ref":"common.schema.json#/$defs/id"},"child_file":{"description":"When this discussion was recorded on the child's file.","$ref":"common.schema.json#/$defs/date"},"worker_actions":{"description":"What the worker has done since the last discussion.","$ref":"common.schema.json#/$defs/text"},"risks":{"description":"The risks to the child.","$ref":"common.schema.json#/$defs/text"},"protective_factors":{"description":"The protective factors around the child.","$ref":"common.schema.json#/$defs/text"},"strengths":{"description":"The family's strengths.","$ref":"common.schema.json#/$defs/text"},"role":{"description":"The worker's role with the family.","$ref":"common.schema.json#/$defs/text"},"delivery_plan":{"description":"The plan for delivering the work with the family.","$ref":"common.schema.json#/$defs/text"},"note":{"description":"A short note.","$ref":"common.schema.json#/$defs/text"}},"required":["ref","status"],"additionalProperties":false}},"actions":{"$ref":"common.schema.json#/$defs/actions"},"actions_reviewed":{"description":"Every action of the previous session, and what became of it.","type":"array","items":{"title":"ActionReviewed","description":"An earlier action reviewed in this session.","type":"object","properties":{"ref":{"description":"The action, as `<session id>#<action id>`, such as 2025-01-06-jo-bloggs#A2.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$"},"status":{"description":"What became of it.","enum":["done","carried","dropped"]},"note":{"description":"A short note.","$ref":"common.schema.json#/$defs/text"}},"required":["ref","status"],"additionalProperties":false}},"next_meeting":{"description":"When the next session is planned.","$ref":"common.schema.json#/$defs/date"},"location":{"description":"Where the session took place.","$ref":"common.schema.json#/$defs/text"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","date","type","supervisor","duration_minutes","functions"],"additionalProperties":false,"allOf":[{"$comment":"Sessions with one supervisee name them and have no attendees. (`supervisee: true` only declares the property for Ajv's strictRequired.)","if":{"properties":{"type":{"enum":["one-to-one","peer","ad-hoc"]}},"required":["type"]},"then":{"properties":{"supervisee":true,"attendees":false},"required":["supervisee"]}},{"$comment":"Group sessions list everyone and record that confidentiality was agreed (a policy requirement).","if":{"properties":{"type":{"enum":["group","joint-agency"]}},"required":["type"]},"then":{"properties":{"attendees":true,"confidentiality_agreed":true,"supervisee":false},"required":["attendees","confidentiality_agreed"]}}]};
const schema71 = {"description":"A case reference: capital letters, digits and hyphens, such as FAM-0042.","type":"string","pattern":"^[A-Z0-9][A-Z0-9-]{0,31}$"};
const func27 = require("ajv/dist/runtime/equal").default;
const pattern27 = new RegExp("^[A-Z0-9][A-Z0-9-]{0,31}$", "u");
const pattern40 = new RegExp("^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
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
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema82 = {"description":"Action points agreed, each with an owner and a due date.","type":"array","items":{"$ref":"#/$defs/action"}};
const schema83 = {"title":"Action","description":"An action point agreed in supervision.","type":"object","properties":{"id":{"$ref":"#/$defs/actionId"},"text":{"description":"What is to be done.","$ref":"#/$defs/text"},"owner":{"description":"Who will do it (a staff id).","$ref":"#/$defs/staffId"},"due":{"description":"When it is due.","$ref":"#/$defs/date"},"case":{"description":"The case the action is about (a case reference), when it is about one child.","$ref":"#/$defs/caseRef"}},"required":["id","text","owner","due"],"additionalProperties":false};
const schema84 = {"description":"An action's id within its record: a capital letter then up to nine capitals or digits, such as A1 or D1.","type":"string","pattern":"^[A-Z][A-Z0-9]{0,9}$"};
const pattern36 = new RegExp("^[A-Z][A-Z0-9]{0,9}$", "u");

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
if(!pattern36.test(data0)){
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
if(!pattern27.test(data4)){
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


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/session.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
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
if(!(((data0 === "one-to-one") || (data0 === "peer")) || (data0 === "ad-hoc"))){
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
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.kind === undefined) || (!(func0.call(data, "kind")))){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data.id === undefined) || (!(func0.call(data, "id")))){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data.date === undefined) || (!(func0.call(data, "date")))){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data.type === undefined) || (!(func0.call(data, "type")))){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((data.supervisor === undefined) || (!(func0.call(data, "supervisor")))){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supervisor"},message:"must have required property '"+"supervisor"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((data.duration_minutes === undefined) || (!(func0.call(data, "duration_minutes")))){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duration_minutes"},message:"must have required property '"+"duration_minutes"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data.functions === undefined) || (!(func0.call(data, "functions")))){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "functions"},message:"must have required property '"+"functions"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema60.properties, key0))){
const err18 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.kind !== undefined && func0.call(data, "kind")){
if("session" !== data.kind){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "session"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.id !== undefined && func0.call(data, "id")){
let data5 = data.id;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err20 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
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
const err21 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.date !== undefined && func0.call(data, "date")){
let data6 = data.date;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err22 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err23 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.type !== undefined && func0.call(data, "type")){
let data7 = data.type;
if(!(((((data7 === "one-to-one") || (data7 === "group")) || (data7 === "peer")) || (data7 === "ad-hoc")) || (data7 === "joint-agency"))){
const err24 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema60.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.supervisor !== undefined && func0.call(data, "supervisor")){
let data8 = data.supervisor;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err25 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/supervisor",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.supervisee !== undefined && func0.call(data, "supervisee")){
let data9 = data.supervisee;
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err27 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/supervisee",schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.attendees !== undefined && func0.call(data, "attendees")){
let data10 = data.attendees;
if(Array.isArray(data10)){
if(data10.length < 1){
const err29 = {instancePath:instancePath+"/attendees",schemaPath:"#/properties/attendees/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs36 = errors;
let valid14 = true;
const _errs37 = errors;
if(typeof data11 !== "string"){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid2){
const _errs39 = errors;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err31 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"common.schema.json#/$defs/staffId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
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
const err32 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"common.schema.json#/$defs/staffId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid14 = _valid2;
ifClause0 = "then";
}
else {
const _errs43 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if((data11.name === undefined) || (!(func0.call(data11, "name")))){
const err33 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((data11.agency === undefined) || (!(func0.call(data11, "agency")))){
const err34 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/required",keyword:"required",params:{missingProperty: "agency"},message:"must have required property '"+"agency"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key1 of Object.keys(data11)){
if(!(((key1 === "name") || (key1 === "agency")) || (key1 === "role"))){
const err35 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.name !== undefined && func0.call(data11, "name")){
if(!(validate30(data11.name, {instancePath:instancePath+"/attendees/" + i0+"/name",parentData:data11,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data11.agency !== undefined && func0.call(data11, "agency")){
let data13 = data11.agency;
if(typeof data13 === "string"){
if(func71(data13) < 1){
const err36 = {instancePath:instancePath+"/attendees/" + i0+"/agency",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern5.test(data13)){
const err37 = {instancePath:instancePath+"/attendees/" + i0+"/agency",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
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
const err38 = {instancePath:instancePath+"/attendees/" + i0+"/agency",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.role !== undefined && func0.call(data11, "role")){
let data14 = data11.role;
if(typeof data14 === "string"){
if(func71(data14) < 1){
const err39 = {instancePath:instancePath+"/attendees/" + i0+"/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern5.test(data14)){
const err40 = {instancePath:instancePath+"/attendees/" + i0+"/role",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/attendees/" + i0+"/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err42 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/else/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid2 = _errs43 === errors;
valid14 = _valid2;
ifClause0 = "else";
}
if(!valid14){
const err43 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/properties/attendees/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i1 = data10.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func27(data10[i1], data10[j0])){
const err44 = {instancePath:instancePath+"/attendees",schemaPath:"#/properties/attendees/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/attendees",schemaPath:"#/properties/attendees/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.confidentiality_agreed !== undefined && func0.call(data, "confidentiality_agreed")){
if(typeof data.confidentiality_agreed !== "boolean"){
const err46 = {instancePath:instancePath+"/confidentiality_agreed",schemaPath:"#/properties/confidentiality_agreed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.duration_minutes !== undefined && func0.call(data, "duration_minutes")){
let data16 = data.duration_minutes;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err47 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1440 || isNaN(data16)){
const err48 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err49 = {instancePath:instancePath+"/duration_minutes",schemaPath:"common.schema.json#/$defs/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data.functions !== undefined && func0.call(data, "functions")){
let data17 = data.functions;
if(Array.isArray(data17)){
if(data17.length < 1){
const err50 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const len1 = data17.length;
for(let i2=0; i2<len1; i2++){
let data18 = data17[i2];
if(!(((data18 === "accountability") || (data18 === "development")) || (data18 === "support"))){
const err51 = {instancePath:instancePath+"/functions/" + i2,schemaPath:"#/properties/functions/items/enum",keyword:"enum",params:{allowedValues: schema60.properties.functions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
let i3 = data17.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func27(data17[i3], data17[j1])){
const err52 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err53 = {instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.cases_coverage !== undefined && func0.call(data, "cases_coverage")){
let data19 = data.cases_coverage;
if(!((data19 === "all") || (data19 === "sample"))){
const err54 = {instancePath:instancePath+"/cases_coverage",schemaPath:"#/properties/cases_coverage/enum",keyword:"enum",params:{allowedValues: schema60.properties.cases_coverage.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.cases !== undefined && func0.call(data, "cases")){
let data20 = data.cases;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i4=0; i4<len2; i4++){
let data21 = data20[i4];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if((data21.ref === undefined) || (!(func0.call(data21, "ref")))){
const err55 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((data21.status === undefined) || (!(func0.call(data21, "status")))){
const err56 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key2 of Object.keys(data21)){
if(!(func0.call(schema60.properties.cases.items.properties, key2))){
const err57 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data21.ref !== undefined && func0.call(data21, "ref")){
let data22 = data21.ref;
if(typeof data22 === "string"){
if(!pattern27.test(data22)){
const err58 = {instancePath:instancePath+"/cases/" + i4+"/ref",schemaPath:"common.schema.json#/$defs/caseRef/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9][A-Z0-9-]{0,31}$"},message:"must match pattern \""+"^[A-Z0-9][A-Z0-9-]{0,31}$"+"\""};
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
const err59 = {instancePath:instancePath+"/cases/" + i4+"/ref",schemaPath:"common.schema.json#/$defs/caseRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data21.status !== undefined && func0.call(data21, "status")){
let data23 = data21.status;
if(!(((((((data23 === "CIN") || (data23 === "CP")) || (data23 === "LAC")) || (data23 === "CAF")) || (data23 === "EH")) || (data23 === "none")) || (data23 === "closed"))){
const err60 = {instancePath:instancePath+"/cases/" + i4+"/status",schemaPath:"#/properties/cases/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema60.properties.cases.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data21.status_changed !== undefined && func0.call(data21, "status_changed")){
let data24 = data21.status_changed;
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err61 = {instancePath:instancePath+"/cases/" + i4+"/status_changed",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err62 = {instancePath:instancePath+"/cases/" + i4+"/status_changed",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data21.decision !== undefined && func0.call(data21, "decision")){
let data25 = data21.decision;
if(typeof data25 === "string"){
if(!pattern4.test(data25)){
const err63 = {instancePath:instancePath+"/cases/" + i4+"/decision",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/cases/" + i4+"/decision",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data21.child_file !== undefined && func0.call(data21, "child_file")){
let data26 = data21.child_file;
if(typeof data26 === "string"){
if(!(formats0.validate(data26))){
const err65 = {instancePath:instancePath+"/cases/" + i4+"/child_file",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/cases/" + i4+"/child_file",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data21.worker_actions !== undefined && func0.call(data21, "worker_actions")){
let data27 = data21.worker_actions;
if(typeof data27 === "string"){
if(func71(data27) < 1){
const err67 = {instancePath:instancePath+"/cases/" + i4+"/worker_actions",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!pattern5.test(data27)){
const err68 = {instancePath:instancePath+"/cases/" + i4+"/worker_actions",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
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
const err69 = {instancePath:instancePath+"/cases/" + i4+"/worker_actions",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data21.risks !== undefined && func0.call(data21, "risks")){
let data28 = data21.risks;
if(typeof data28 === "string"){
if(func71(data28) < 1){
const err70 = {instancePath:instancePath+"/cases/" + i4+"/risks",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!pattern5.test(data28)){
const err71 = {instancePath:instancePath+"/cases/" + i4+"/risks",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/cases/" + i4+"/risks",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data21.protective_factors !== undefined && func0.call(data21, "protective_factors")){
let data29 = data21.protective_factors;
if(typeof data29 === "string"){
if(func71(data29) < 1){
const err73 = {instancePath:instancePath+"/cases/" + i4+"/protective_factors",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern5.test(data29)){
const err74 = {instancePath:instancePath+"/cases/" + i4+"/protective_factors",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/cases/" + i4+"/protective_factors",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data21.strengths !== undefined && func0.call(data21, "strengths")){
let data30 = data21.strengths;
if(typeof data30 === "string"){
if(func71(data30) < 1){
const err76 = {instancePath:instancePath+"/cases/" + i4+"/strengths",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!pattern5.test(data30)){
const err77 = {instancePath:instancePath+"/cases/" + i4+"/strengths",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/cases/" + i4+"/strengths",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data21.role !== undefined && func0.call(data21, "role")){
let data31 = data21.role;
if(typeof data31 === "string"){
if(func71(data31) < 1){
const err79 = {instancePath:instancePath+"/cases/" + i4+"/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!pattern5.test(data31)){
const err80 = {instancePath:instancePath+"/cases/" + i4+"/role",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
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
const err81 = {instancePath:instancePath+"/cases/" + i4+"/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data21.delivery_plan !== undefined && func0.call(data21, "delivery_plan")){
let data32 = data21.delivery_plan;
if(typeof data32 === "string"){
if(func71(data32) < 1){
const err82 = {instancePath:instancePath+"/cases/" + i4+"/delivery_plan",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(!pattern5.test(data32)){
const err83 = {instancePath:instancePath+"/cases/" + i4+"/delivery_plan",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
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
const err84 = {instancePath:instancePath+"/cases/" + i4+"/delivery_plan",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data21.note !== undefined && func0.call(data21, "note")){
let data33 = data21.note;
if(typeof data33 === "string"){
if(func71(data33) < 1){
const err85 = {instancePath:instancePath+"/cases/" + i4+"/note",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!pattern5.test(data33)){
const err86 = {instancePath:instancePath+"/cases/" + i4+"/note",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
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
const err87 = {instancePath:instancePath+"/cases/" + i4+"/note",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/cases/" + i4,schemaPath:"#/properties/cases/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/cases",schemaPath:"#/properties/cases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.actions !== undefined && func0.call(data, "actions")){
if(!(validate32(data.actions, {instancePath:instancePath+"/actions",parentData:data,parentDataProperty:"actions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.actions_reviewed !== undefined && func0.call(data, "actions_reviewed")){
let data35 = data.actions_reviewed;
if(Array.isArray(data35)){
const len3 = data35.length;
for(let i5=0; i5<len3; i5++){
let data36 = data35[i5];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if((data36.ref === undefined) || (!(func0.call(data36, "ref")))){
const err90 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if((data36.status === undefined) || (!(func0.call(data36, "status")))){
const err91 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key3 of Object.keys(data36)){
if(!(((key3 === "ref") || (key3 === "status")) || (key3 === "note"))){
const err92 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data36.ref !== undefined && func0.call(data36, "ref")){
let data37 = data36.ref;
if(typeof data37 === "string"){
if(!pattern40.test(data37)){
const err93 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/ref",schemaPath:"#/properties/actions_reviewed/items/properties/ref/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}#[A-Z][A-Z0-9]{0,9}$"+"\""};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/ref",schemaPath:"#/properties/actions_reviewed/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data36.status !== undefined && func0.call(data36, "status")){
let data38 = data36.status;
if(!(((data38 === "done") || (data38 === "carried")) || (data38 === "dropped"))){
const err95 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/status",schemaPath:"#/properties/actions_reviewed/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema60.properties.actions_reviewed.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data36.note !== undefined && func0.call(data36, "note")){
let data39 = data36.note;
if(typeof data39 === "string"){
if(func71(data39) < 1){
const err96 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/note",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!pattern5.test(data39)){
const err97 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/note",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/actions_reviewed/" + i5+"/note",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/actions_reviewed/" + i5,schemaPath:"#/properties/actions_reviewed/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/actions_reviewed",schemaPath:"#/properties/actions_reviewed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.next_meeting !== undefined && func0.call(data, "next_meeting")){
let data40 = data.next_meeting;
if(typeof data40 === "string"){
if(!(formats0.validate(data40))){
const err101 = {instancePath:instancePath+"/next_meeting",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err102 = {instancePath:instancePath+"/next_meeting",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.location !== undefined && func0.call(data, "location")){
let data41 = data.location;
if(typeof data41 === "string"){
if(func71(data41) < 1){
const err103 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!pattern5.test(data41)){
const err104 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\u061C\\uFEFF]*$"+"\""};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate36(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err106 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const decision = validate39;
const schema93 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/decision.schema.json","title":"Decision","description":"A decision about a named child made in supervision, recorded for the child's file and signed by the supervisor. The body gives a brief safeguarding history, the concerns and the actions agreed.","type":"object","properties":{"kind":{"description":"Always `decision`.","const":"decision"},"id":{"description":"The decision's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"case":{"description":"The case reference.","$ref":"common.schema.json#/$defs/caseRef"},"child":{"title":"Child","description":"The child the decision is about.","type":"object","properties":{"name":{"description":"The child's name.","$ref":"common.schema.json#/$defs/personName"},"dob":{"description":"The child's date of birth.","$ref":"common.schema.json#/$defs/date"}},"required":["name"],"additionalProperties":false},"session":{"description":"The session where the decision was made (a session id).","$ref":"common.schema.json#/$defs/id"},"date":{"description":"When the decision was made.","$ref":"common.schema.json#/$defs/date"},"supervisor":{"description":"The supervisor (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"supervisee":{"description":"The person supervised (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"actions":{"$ref":"common.schema.json#/$defs/actions"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","case","session","date","supervisor","supervisee"],"additionalProperties":false};

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


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
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
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/decision.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
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
if(!(func0.call(schema93.properties, key0))){
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
if(!pattern27.test(data2)){
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
if(!(validate40(data3.name, {instancePath:instancePath+"/child/name",parentData:data3,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
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
if(!(validate42(data.actions, {instancePath:instancePath+"/actions",parentData:data,parentDataProperty:"actions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate45(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const caseAudit = validate48;
const schema105 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/case-audit.schema.json","title":"CaseAudit","description":"An audit of one case file by the line manager or another auditor, signed by the auditor. The body gives the audit's detail.","type":"object","properties":{"kind":{"description":"Always `case-audit`.","const":"case-audit"},"id":{"description":"The audit's id; equals the file name without `.md`.","$ref":"common.schema.json#/$defs/id"},"case":{"description":"The case reference of the file audited.","$ref":"common.schema.json#/$defs/caseRef"},"date":{"description":"When the audit was done.","$ref":"common.schema.json#/$defs/date"},"auditor":{"description":"Who audited the file (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"worker":{"description":"The worker whose case file it is (a staff id).","$ref":"common.schema.json#/$defs/staffId"},"findings":{"description":"What the audit found.","$ref":"common.schema.json#/$defs/text"},"actions":{"$ref":"common.schema.json#/$defs/actions"},"signatures":{"$ref":"common.schema.json#/$defs/signatures"}},"required":["kind","id","case","date","auditor","worker","findings"],"additionalProperties":false};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
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
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/case-audit.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
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
if(!(func0.call(schema105.properties, key0))){
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
if(!pattern27.test(data2)){
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
if(!(validate49(data.actions, {instancePath:instancePath+"/actions",parentData:data,parentDataProperty:"actions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.signatures !== undefined && func0.call(data, "signatures")){
if(!(validate52(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
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
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate55;
const schema114 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://supv.dev/schemas/config.schema.json","title":"Config","description":"The organisation and its supervision policy, from supv.config.yaml. Every key is optional; a key left out takes its default.","type":"object","properties":{"organisation":{"description":"The organisation's name, shown on every PDF.","$ref":"common.schema.json#/$defs/text"},"timezone":{"description":"The IANA time zone in which dates are read, such as Europe/London.","type":"string","format":"iana-time-zone","default":"Europe/London"},"marking":{"description":"The protective marking printed on every page, such as OFFICIAL-SENSITIVE.","$ref":"common.schema.json#/$defs/text"},"output":{"description":"Where built PDFs go, relative to the repository.","type":"string","minLength":1,"default":"dist"},"seal":{"title":"SealPin","description":"Whose digital seal `supv verify` accepts on PDFs and bundles: a seal made with any other certificate fails.","type":"object","properties":{"certificate_sha256":{"description":"The SHA-256 of the sealing certificate (its DER bytes), in hex: `openssl x509 -in seal.pem -noout -fingerprint -sha256` prints it (colons are allowed).","type":"string","pattern":"^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$"}},"additionalProperties":false,"default":{}},"policy":{"title":"Policy","description":"How often supervision is due and how soon records must be written and signed.","type":"object","properties":{"tiers":{"description":"The longest allowed gap between sessions, by tier: one duration, or stages by time since the person started.","type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/tierName"},"additionalProperties":{"$ref":"#/$defs/tier"},"default":{"case-holder":"P4W","designated-lead":"P4W","general":"P3M","newly-qualified":[{"until":"P6W","every":"P1W"},{"until":"P6M","every":"P2W"},{"every":"P4W"}]}},"induction":{"description":"The interval for anyone before their `induction_until`.","$ref":"common.schema.json#/$defs/duration","default":"P2W"},"min_duration":{"description":"Sessions shorter than this draw a warning.","$ref":"common.schema.json#/$defs/duration","default":"PT60M"},"sign_within":{"description":"Signatures are due within this time of the session.","$ref":"common.schema.json#/$defs/duration","default":"P7D"},"record_within":{"description":"A record must first be committed within this time of the session.","$ref":"common.schema.json#/$defs/duration","default":"P7D"},"due_soon":{"description":"How long before a session falls due to start warning.","$ref":"common.schema.json#/$defs/duration","default":"P7D"},"contract_review":{"description":"How long a contract runs before its review.","$ref":"common.schema.json#/$defs/duration","default":"P1Y"},"functions_window":{"description":"Each function of supervision must be covered in the last this many sessions.","type":"integer","minimum":1,"default":3},"case_review":{"description":"How long an open case of each status may go without being discussed in supervision.","type":"object","properties":{"CP":{"description":"Child protection cases.","$ref":"common.schema.json#/$defs/duration","default":"P4W"},"CIN":{"description":"Children in need.","$ref":"common.schema.json#/$defs/duration","default":"P6W"},"LAC":{"description":"Looked-after children.","$ref":"common.schema.json#/$defs/duration","default":"P6W"}},"additionalProperties":false},"child_file":{"description":"What must reach the child's file: a decision record for each decision (`decisions`), or a record of every discussion of a case (`all-discussions`: a decision record or the case entry's `child_file` date).","enum":["decisions","all-discussions"],"default":"decisions"},"case_audit":{"description":"How often every open CP, CIN or LAC case file must be audited.","$ref":"common.schema.json#/$defs/duration","default":"P6M"}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"tier":{"description":"One duration such as P4W, or a list of stages.","$comment":"A union type rather than oneOf, so a wrong value draws one direct error instead of one per branch.","type":["string","array"],"format":"duration","minItems":1,"items":{"title":"TierStage","description":"The interval that applies until a time since the person started.","type":"object","properties":{"until":{"description":"How long after `started` this stage ends; absent on the last stage.","$ref":"common.schema.json#/$defs/duration"},"every":{"description":"The longest allowed gap between sessions in this stage.","$ref":"common.schema.json#/$defs/duration"}},"required":["every"],"additionalProperties":false}}}};
const pattern56 = new RegExp("^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$", "u");
const formats38 = formatsModule.formats["iana-time-zone"];
const schema118 = {"description":"One duration such as P4W, or a list of stages.","$comment":"A union type rather than oneOf, so a wrong value draws one direct error instead of one per branch.","type":["string","array"],"format":"duration","minItems":1,"items":{"title":"TierStage","description":"The interval that applies until a time since the person started.","type":"object","properties":{"until":{"description":"How long after `started` this stage ends; absent on the last stage.","$ref":"common.schema.json#/$defs/duration"},"every":{"description":"The longest allowed gap between sessions in this stage.","$ref":"common.schema.json#/$defs/duration"}},"required":["every"],"additionalProperties":false}};

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
if((typeof data !== "string") && (!(Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema118.type},message:"must be string,array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(!(formats16.test(data))){
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
if(!(formats16.test(data1))){
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
if(!(formats16.test(data2))){
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
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://supv.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 of Object.keys(data)){
if(!((((((key0 === "organisation") || (key0 === "timezone")) || (key0 === "marking")) || (key0 === "output")) || (key0 === "seal")) || (key0 === "policy"))){
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
if(!(formats38(data1))){
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
if(data.seal !== undefined && func0.call(data, "seal")){
let data4 = data.seal;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 of Object.keys(data4)){
if(!(key1 === "certificate_sha256")){
const err11 = {instancePath:instancePath+"/seal",schemaPath:"#/properties/seal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.certificate_sha256 !== undefined && func0.call(data4, "certificate_sha256")){
let data5 = data4.certificate_sha256;
if(typeof data5 === "string"){
if(!pattern56.test(data5)){
const err12 = {instancePath:instancePath+"/seal/certificate_sha256",schemaPath:"#/properties/seal/properties/certificate_sha256/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$"},message:"must match pattern \""+"^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$"+"\""};
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
const err13 = {instancePath:instancePath+"/seal/certificate_sha256",schemaPath:"#/properties/seal/properties/certificate_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/seal",schemaPath:"#/properties/seal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.policy !== undefined && func0.call(data, "policy")){
let data6 = data.policy;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 of Object.keys(data6)){
if(!(func0.call(schema114.properties.policy.properties, key2))){
const err15 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.tiers !== undefined && func0.call(data6, "tiers")){
let data7 = data6.tiers;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 of Object.keys(data7)){
const _errs24 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err16 = {instancePath:instancePath+"/policy/tiers",schemaPath:"common.schema.json#/$defs/tierName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,79}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,79}$"+"\"",propertyName:key3};
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
const err17 = {instancePath:instancePath+"/policy/tiers",schemaPath:"common.schema.json#/$defs/tierName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid5 = _errs24 === errors;
if(!valid5){
const err18 = {instancePath:instancePath+"/policy/tiers",schemaPath:"#/properties/policy/properties/tiers/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key4 of Object.keys(data7)){
if(!(validate56(data7[key4], {instancePath:instancePath+"/policy/tiers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/policy/tiers",schemaPath:"#/properties/policy/properties/tiers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.induction !== undefined && func0.call(data6, "induction")){
let data9 = data6.induction;
if(typeof data9 === "string"){
if(!(formats16.test(data9))){
const err20 = {instancePath:instancePath+"/policy/induction",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err21 = {instancePath:instancePath+"/policy/induction",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.min_duration !== undefined && func0.call(data6, "min_duration")){
let data10 = data6.min_duration;
if(typeof data10 === "string"){
if(!(formats16.test(data10))){
const err22 = {instancePath:instancePath+"/policy/min_duration",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err23 = {instancePath:instancePath+"/policy/min_duration",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.sign_within !== undefined && func0.call(data6, "sign_within")){
let data11 = data6.sign_within;
if(typeof data11 === "string"){
if(!(formats16.test(data11))){
const err24 = {instancePath:instancePath+"/policy/sign_within",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err25 = {instancePath:instancePath+"/policy/sign_within",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.record_within !== undefined && func0.call(data6, "record_within")){
let data12 = data6.record_within;
if(typeof data12 === "string"){
if(!(formats16.test(data12))){
const err26 = {instancePath:instancePath+"/policy/record_within",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/policy/record_within",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.due_soon !== undefined && func0.call(data6, "due_soon")){
let data13 = data6.due_soon;
if(typeof data13 === "string"){
if(!(formats16.test(data13))){
const err28 = {instancePath:instancePath+"/policy/due_soon",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err29 = {instancePath:instancePath+"/policy/due_soon",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.contract_review !== undefined && func0.call(data6, "contract_review")){
let data14 = data6.contract_review;
if(typeof data14 === "string"){
if(!(formats16.test(data14))){
const err30 = {instancePath:instancePath+"/policy/contract_review",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err31 = {instancePath:instancePath+"/policy/contract_review",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.functions_window !== undefined && func0.call(data6, "functions_window")){
let data15 = data6.functions_window;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err32 = {instancePath:instancePath+"/policy/functions_window",schemaPath:"#/properties/policy/properties/functions_window/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/policy/functions_window",schemaPath:"#/properties/policy/properties/functions_window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data6.case_review !== undefined && func0.call(data6, "case_review")){
let data16 = data6.case_review;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key5 of Object.keys(data16)){
if(!(((key5 === "CP") || (key5 === "CIN")) || (key5 === "LAC"))){
const err34 = {instancePath:instancePath+"/policy/case_review",schemaPath:"#/properties/policy/properties/case_review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data16.CP !== undefined && func0.call(data16, "CP")){
let data17 = data16.CP;
if(typeof data17 === "string"){
if(!(formats16.test(data17))){
const err35 = {instancePath:instancePath+"/policy/case_review/CP",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err36 = {instancePath:instancePath+"/policy/case_review/CP",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.CIN !== undefined && func0.call(data16, "CIN")){
let data18 = data16.CIN;
if(typeof data18 === "string"){
if(!(formats16.test(data18))){
const err37 = {instancePath:instancePath+"/policy/case_review/CIN",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err38 = {instancePath:instancePath+"/policy/case_review/CIN",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data16.LAC !== undefined && func0.call(data16, "LAC")){
let data19 = data16.LAC;
if(typeof data19 === "string"){
if(!(formats16.test(data19))){
const err39 = {instancePath:instancePath+"/policy/case_review/LAC",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/policy/case_review/LAC",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/policy/case_review",schemaPath:"#/properties/policy/properties/case_review/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data6.child_file !== undefined && func0.call(data6, "child_file")){
let data20 = data6.child_file;
if(!((data20 === "decisions") || (data20 === "all-discussions"))){
const err42 = {instancePath:instancePath+"/policy/child_file",schemaPath:"#/properties/policy/properties/child_file/enum",keyword:"enum",params:{allowedValues: schema114.properties.policy.properties.child_file.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data6.case_audit !== undefined && func0.call(data6, "case_audit")){
let data21 = data6.case_audit;
if(typeof data21 === "string"){
if(!(formats16.test(data21))){
const err43 = {instancePath:instancePath+"/policy/case_audit",schemaPath:"common.schema.json#/$defs/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""};
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
const err44 = {instancePath:instancePath+"/policy/case_audit",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

